namespace JrCasework.Web.Features.Audit;

/// <summary>Which recorded actions each <see cref="AuditKind"/> holds.</summary>
internal static class AuditKinds
{
    private static readonly string[] ReadActions =
    [
        AuditActions.CaseRead, AuditActions.CaseList, AuditActions.SimilarCasesRead, AuditActions.ReviewRead, AuditActions.OutcomesList,
        AuditActions.ReportView, AuditActions.FoundationTeamRead, AuditActions.FoundationPersonRead, AuditActions.HoldsList,
    ];

    private static readonly string[] ExportActions = [AuditActions.OutcomesExport, AuditActions.ReportExport];

    /// <summary>The actions of <paramref name="kind"/>: a list of names, or a prefix.</summary>
    public static IQueryable<AuditRecord> Of(IQueryable<AuditRecord> records, AuditKind kind) => kind switch
    {
        AuditKind.Reads => records.Where(a => ReadActions.Contains(a.Action)),
        AuditKind.Changes => records.Where(a => (a.Action.StartsWith("case.") && !ReadActions.Contains(a.Action) && a.Action != AuditActions.CaseRefused)
            || a.Action == AuditActions.FoundationLog),
        AuditKind.Refusals => records.Where(a => a.Action == AuditActions.CaseRefused),
        AuditKind.Exports => records.Where(a => ExportActions.Contains(a.Action)),
        AuditKind.Administration => records.Where(a => a.Action.StartsWith("admin.") || a.Action.StartsWith("hr.")),
        AuditKind.AuditTrail => records.Where(a => a.Action.StartsWith("audit.")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
