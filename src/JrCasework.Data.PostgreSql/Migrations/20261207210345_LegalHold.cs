using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LegalHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HoldByUserId",
                table: "Cases",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HoldReason",
                table: "Cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HoldSinceUtc",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HoldSinceUtc",
                table: "Cases",
                column: "HoldSinceUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_HoldSinceUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HoldByUserId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HoldReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HoldSinceUtc",
                table: "Cases");
        }
    }
}
