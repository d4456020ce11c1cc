using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpCompletionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CaseFollowUps_CaseId_DueOn_Status_CheckedAtUtc",
                table: "CaseFollowUps",
                columns: new[] { "CaseId", "DueOn", "Status", "CheckedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseFollowUps_CaseId_DueOn_Status_CheckedAtUtc",
                table: "CaseFollowUps");
        }
    }
}
