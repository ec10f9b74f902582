using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesOps.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand: the renewal pipeline's covering index is over complex-type columns (Account.Health), which
            // EF 10 cannot model (see AccountConfiguration), so it is created by column name and is not in the model.
            migrationBuilder.CreateIndex(
                name: "IX_Accounts_RenewalDate_Health",
                table: "Accounts",
                columns: new[] { "RenewalDate", "Lifecycle", "HealthBand", "HealthIsAtRisk", "HealthArrAtStake", "Arr" });

            migrationBuilder.DropIndex(
                name: "IX_SupportTickets_Status_CreatedAt",
                table: "SupportTickets");

            migrationBuilder.DropIndex(
                name: "IX_HealthSnapshots_Date_Band",
                table: "HealthSnapshots");

            migrationBuilder.CreateIndex(
                name: "IX_SupportTickets_Status_CreatedAt_EscalatedAt",
                table: "SupportTickets",
                columns: new[] { "Status", "CreatedAt", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_AccountId_Date_Score",
                table: "HealthSnapshots",
                columns: new[] { "AccountId", "Date", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_Date_Band_Score",
                table: "HealthSnapshots",
                columns: new[] { "Date", "Band", "Score" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_RenewalDate_Health",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_SupportTickets_Status_CreatedAt_EscalatedAt",
                table: "SupportTickets");

            migrationBuilder.DropIndex(
                name: "IX_HealthSnapshots_AccountId_Date_Score",
                table: "HealthSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_HealthSnapshots_Date_Band_Score",
                table: "HealthSnapshots");

            migrationBuilder.CreateIndex(
                name: "IX_SupportTickets_Status_CreatedAt",
                table: "SupportTickets",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_Date_Band",
                table: "HealthSnapshots",
                columns: new[] { "Date", "Band" });
        }
    }
}
