using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseStepTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseStepTimes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Step = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Days = table.Column<double>(type: "REAL", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStepTimes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStepTimes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStepTimes_CaseId_Step",
                table: "CaseStepTimes",
                columns: new[] { "CaseId", "Step" },
                unique: true);

            // Existing cases: the time spent in each step, from the history of step changes (the same
            // stretches the history shows: from entering a step until leaving it, over loops and returns).
            migrationBuilder.Sql("""
                INSERT INTO "CaseStepTimes" ("CaseId", "Step", "Days")
                SELECT "CaseId", "Step", SUM("Days") FROM (
                    SELECT h."CaseId", h."FromStep" AS "Step",
                        julianday(h."AtUtc") - julianday(COALESCE(LAG(h."AtUtc") OVER (PARTITION BY h."CaseId" ORDER BY h."AtUtc", h."Id"), c."OpenedAtUtc")) AS "Days"
                    FROM "CaseHistory" AS h
                    JOIN "Cases" AS c ON c."Id" = h."CaseId"
                    WHERE h."FromStep" <> h."ToStep")
                GROUP BY "CaseId", "Step";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseStepTimes");
        }
    }
}
