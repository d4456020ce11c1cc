using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.Migrations
{
    /// <inheritdoc />
    public partial class SimilarCasesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_CategoryId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CategoryId_ClosedAtUtc",
                table: "Cases",
                columns: new[] { "CategoryId", "ClosedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_CategoryId_ClosedAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CategoryId",
                table: "Cases",
                column: "CategoryId");
        }
    }
}
