using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesOps.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WallDisplayRotation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Rotation",
                table: "WallDisplayTokens",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Rotation",
                table: "WallDisplayTokens");
        }
    }
}
