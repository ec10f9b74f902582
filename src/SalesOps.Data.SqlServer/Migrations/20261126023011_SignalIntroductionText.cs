using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesOps.Data.SqlServer.Migrations
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
                type: "nvarchar(max)",
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
