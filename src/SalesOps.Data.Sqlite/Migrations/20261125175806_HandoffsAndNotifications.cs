using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesOps.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HandoffsAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IntroductionEmailSentBy",
                table: "Handoffs",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IntroductionEmailSentBySmtp",
                table: "Handoffs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "SalesReminderSentAt",
                table: "Handoffs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    HandoffId = table.Column<int>(type: "INTEGER", nullable: true),
                    SignalId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_TeamMembers_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "TeamMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_HandoffId_Kind",
                table: "Notifications",
                columns: new[] { "HandoffId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "RecipientId", "ReadAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropColumn(
                name: "IntroductionEmailSentBy",
                table: "Handoffs");

            migrationBuilder.DropColumn(
                name: "IntroductionEmailSentBySmtp",
                table: "Handoffs");

            migrationBuilder.DropColumn(
                name: "SalesReminderSentAt",
                table: "Handoffs");
        }
    }
}
