using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesOps.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SignalIntroductionText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Introduction",
                table: "ExpansionSignals",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Introduction",
                table: "ExpansionSignals");
        }
    }
}
