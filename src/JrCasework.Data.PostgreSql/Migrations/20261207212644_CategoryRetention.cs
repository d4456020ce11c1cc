using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CategoryRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetentionMonths",
                table: "CaseCategories",
                type: "integer",
                nullable: false,
                // Every category added before retention existed keeps two years, as the seeded ones (DOMAIN.md §4).
                defaultValue: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 1,
                column: "RetentionMonths",
                value: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 2,
                column: "RetentionMonths",
                value: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 3,
                column: "RetentionMonths",
                value: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 4,
                column: "RetentionMonths",
                value: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 5,
                column: "RetentionMonths",
                value: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 6,
                column: "RetentionMonths",
                value: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 7,
                column: "RetentionMonths",
                value: 24);

            migrationBuilder.UpdateData(
                table: "CaseCategories",
                keyColumn: "Id",
                keyValue: 8,
                column: "RetentionMonths",
                value: 24);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetentionMonths",
                table: "CaseCategories");
        }
    }
}
