using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.Migrations
{
    /// <inheritdoc />
    public partial class FoundationMoments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FoundationMoments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupervisorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Foundation = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WhatChanges = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangeTakesEffectOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReasonsExplained = table.Column<bool>(type: "INTEGER", nullable: true),
                    Reception = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoundationMoments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FoundationMoments_AspNetUsers_SupervisorUserId",
                        column: x => x.SupervisorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FoundationMomentEmployees",
                columns: table => new
                {
                    FoundationMomentId = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoundationMomentEmployees", x => new { x.FoundationMomentId, x.EmployeeId });
                    table.ForeignKey(
                        name: "FK_FoundationMomentEmployees_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FoundationMomentEmployees_FoundationMoments_FoundationMomentId",
                        column: x => x.FoundationMomentId,
                        principalTable: "FoundationMoments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FoundationMomentEmployees_EmployeeId",
                table: "FoundationMomentEmployees",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_FoundationMoments_SupervisorUserId_OccurredOn",
                table: "FoundationMoments",
                columns: new[] { "SupervisorUserId", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FoundationMomentEmployees");

            migrationBuilder.DropTable(
                name: "FoundationMoments");
        }
    }
}
