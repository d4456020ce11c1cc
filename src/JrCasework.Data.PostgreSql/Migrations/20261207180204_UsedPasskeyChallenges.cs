using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class UsedPasskeyChallenges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UsedPasskeyChallenges",
                columns: table => new
                {
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsedPasskeyChallenges", x => x.Hash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsedPasskeyChallenges_UsedAtUtc",
                table: "UsedPasskeyChallenges",
                column: "UsedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UsedPasskeyChallenges");
        }
    }
}
