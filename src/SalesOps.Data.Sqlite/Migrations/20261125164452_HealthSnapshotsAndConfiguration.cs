using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesOps.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HealthSnapshotsAndConfiguration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HealthSnapshots_AccountId_Date",
                table: "HealthSnapshots");

            migrationBuilder.AddColumn<double>(
                name: "Arr",
                table: "HealthSnapshots",
                type: "REAL",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "AtRiskReasons",
                table: "HealthSnapshots",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Explanation",
                table: "HealthSnapshots",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsAtRisk",
                table: "HealthSnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "HealthArrAtStake",
                table: "Accounts",
                type: "REAL",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "HealthBand",
                table: "Accounts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HealthComputedAt",
                table: "Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthConfidence",
                table: "Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "HealthIsAtRisk",
                table: "Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "HealthScore",
                table: "Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConfigurationVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfigurationVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_AccountId_Date",
                table: "HealthSnapshots",
                columns: new[] { "AccountId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationVersions_Version",
                table: "ConfigurationVersions",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConfigurationVersions");

            migrationBuilder.DropIndex(
                name: "IX_HealthSnapshots_AccountId_Date",
                table: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "Arr",
                table: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "AtRiskReasons",
                table: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "Explanation",
                table: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "IsAtRisk",
                table: "HealthSnapshots");

            migrationBuilder.DropColumn(
                name: "HealthArrAtStake",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "HealthBand",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "HealthComputedAt",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "HealthConfidence",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "HealthIsAtRisk",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "HealthScore",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_HealthSnapshots_AccountId_Date",
                table: "HealthSnapshots",
                columns: new[] { "AccountId", "Date" });
        }
    }
}
