namespace JrCasework.Data;

/// <summary>
/// The database's own refusal to change the audit trail and the case history (decision 033), as triggers: the
/// context refuses such changes too, but these hold for anyone with a connection. Only two narrow changes pass: an
/// audit record without a place in the chain may be given one (<see cref="AuditChain.SealUnsealedAsync"/>), and a
/// history entry's texts may be removed (anonymisation), never rewritten.
/// </summary>
/// <remarks>
/// SQLite drops a table's triggers when a migration rebuilds the table; the tests that edit the tables directly find
/// out when a later migration does so.
/// </remarks>
public static class AppendOnlyTables
{
    private const string AuditUnchanged = """
        OLD."Sequence" IS NOT NULL OR NEW."Id" {0} OLD."Id" OR NEW."AtUtc" {0} OLD."AtUtc" OR NEW."UserId" {0} OLD."UserId"
        OR NEW."Action" {0} OLD."Action" OR NEW."CaseId" {0} OLD."CaseId" OR NEW."Subject" {0} OLD."Subject" OR NEW."Detail" {0} OLD."Detail"
        """;

    private const string HistoryOnlyLosesText = """
        NEW."Id" {0} OLD."Id" OR NEW."CaseId" {0} OLD."CaseId" OR NEW."AtUtc" {0} OLD."AtUtc" OR NEW."ByUserId" {0} OLD."ByUserId"
        OR NEW."Event" {0} OLD."Event" OR NEW."FromStep" {0} OLD."FromStep" OR NEW."ToStep" {0} OLD."ToStep" OR NEW."Loop" {0} OLD."Loop"
        OR (NEW."Summary" IS NOT NULL AND NEW."Summary" {0} OLD."Summary")
        OR (NEW."PreviousValue" IS NOT NULL AND NEW."PreviousValue" {0} OLD."PreviousValue")
        """;

    /// <summary>The triggers on SQLite.</summary>
    public static string CreateOnSqlite() => string.Join('\n',
        SqliteRefusal("AuditLog", "DELETE", null),
        SqliteRefusal("AuditLog", "UPDATE", string.Format(AuditUnchanged, "IS NOT")),
        SqliteRefusal("AuditShownCases", "DELETE", null),
        SqliteRefusal("AuditShownCases", "UPDATE", null),
        SqliteRefusal("CaseHistory", "DELETE", null),
        SqliteRefusal("CaseHistory", "UPDATE", string.Format(HistoryOnlyLosesText, "IS NOT")));

    public static string DropOnSqlite() => string.Join('\n',
        from table in new[] { "AuditLog", "AuditShownCases", "CaseHistory" }
        from change in new[] { "DELETE", "UPDATE" }
        select $"""DROP TRIGGER IF EXISTS "{table}_no_{change.ToLowerInvariant()}";""");

    /// <summary>The triggers on PostgreSQL, TRUNCATE included.</summary>
    public static string CreateOnPostgreSql() => string.Join('\n',
        """
        CREATE FUNCTION jr_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
        END $$;
        """,
        PostgreSqlRefusal("AuditLog", "DELETE", null),
        PostgreSqlRefusal("AuditLog", "UPDATE", string.Format(AuditUnchanged, "IS DISTINCT FROM")),
        PostgreSqlRefusal("AuditLog", "TRUNCATE", null),
        PostgreSqlRefusal("AuditShownCases", "DELETE", null),
        PostgreSqlRefusal("AuditShownCases", "UPDATE", null),
        PostgreSqlRefusal("AuditShownCases", "TRUNCATE", null),
        PostgreSqlRefusal("CaseHistory", "DELETE", null),
        PostgreSqlRefusal("CaseHistory", "UPDATE", string.Format(HistoryOnlyLosesText, "IS DISTINCT FROM")),
        PostgreSqlRefusal("CaseHistory", "TRUNCATE", null));

    public static string DropOnPostgreSql() => string.Join('\n',
        (from table in new[] { "AuditLog", "AuditShownCases", "CaseHistory" }
         from change in new[] { "DELETE", "UPDATE", "TRUNCATE" }
         select $"""DROP TRIGGER IF EXISTS "{table}_no_{change.ToLowerInvariant()}" ON "{table}";""")
        .Append("DROP FUNCTION IF EXISTS jr_append_only();"));

    private static string SqliteRefusal(string table, string change, string? when) =>
        $"""
        CREATE TRIGGER "{table}_no_{change.ToLowerInvariant()}" BEFORE {change} ON "{table}"
        {(when is null ? "" : "WHEN " + when)}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
        """;

    private static string PostgreSqlRefusal(string table, string change, string? when) =>
        $"""
        CREATE TRIGGER "{table}_no_{change.ToLowerInvariant()}" BEFORE {change} ON "{table}"
        FOR EACH {(change == "TRUNCATE" ? "STATEMENT" : "ROW")} {(when is null ? "" : "WHEN (" + when + ")")}
        EXECUTE FUNCTION jr_append_only();
        """;
}
