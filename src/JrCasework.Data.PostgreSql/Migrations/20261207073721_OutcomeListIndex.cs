using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OutcomeListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases",
                column: "ClosedAtUtc")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "OpenedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases",
                column: "ClosedAtUtc");
        }
    }
}
