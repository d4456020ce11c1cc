using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JrCasework.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AppendOnlyTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Decision 033: the database itself refuses to change the audit trail and the case history. A migration of
            // its own, because SQLite rebuilds a changed table after a migration's other steps, dropping its triggers.
            migrationBuilder.Sql(AppendOnlyTables.CreateOnPostgreSql());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AppendOnlyTables.DropOnPostgreSql());
        }
    }
}
