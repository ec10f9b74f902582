using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesOps.Data.SqlServer.Migrations
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

            migrationBuilder.AddColumn<decimal>(
                name: "Arr",
                table: "HealthSnapshots",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "AtRiskReasons",
                table: "HealthSnapshots",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Explanation",
                table: "HealthSnapshots",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsAtRisk",
                table: "HealthSnapshots",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "HealthArrAtStake",
                table: "Accounts",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "HealthBand",
                table: "Accounts",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HealthComputedAt",
                table: "Accounts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthConfidence",
                table: "Accounts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "HealthIsAtRisk",
                table: "Accounts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "HealthScore",
                table: "Accounts",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConfigurationVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
