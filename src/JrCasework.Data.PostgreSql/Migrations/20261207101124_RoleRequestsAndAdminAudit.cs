using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RoleRequestsAndAdminAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditLog",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "AuditLog",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestedRole",
                table: "AspNetUsers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RoleRequestedAtUtc",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoleRequestedById",
                table: "AspNetUsers",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Detail",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "RequestedRole",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RoleRequestedAtUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RoleRequestedById",
                table: "AspNetUsers");
        }
    }
}
