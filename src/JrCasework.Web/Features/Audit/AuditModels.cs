using System.Globalization;

namespace JrCasework.Web.Features.Audit;

/// <summary>The kinds of audited action the trail can be filtered by; each names the actions it holds (<see cref="AuditKinds"/>).</summary>
public enum AuditKind
{
    Reads,
    Changes,
    Refusals,
    Exports,
    Administration,
    AuditTrail,
}

/// <summary>
/// What the audit trail shows: records about one case (read, changed, refused, or shown in a list), by one user, of one
/// kind, in a period of the viewer's calendar; newest first, a page at a time. It travels in the page's address, so
/// the CSV download is a plain link.
/// </summary>
public sealed record AuditFilter(string? Case = null, string? User = null, AuditKind? Kind = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The longest case reference or e-mail address the filter takes.</summary>
    public const int MaxText = 256;

    public int Page { get; init; } = 1;

    /// <summary>Whether any filter narrows the trail.</summary>
    public bool Narrows => Case is not null || User is not null || Kind is not null || From is not null || To is not null;

    /// <summary>The address query of this filter, without the page unless asked.</summary>
    public string ToQuery(bool withPage)
    {
        var parts = new List<string>();
        Add("case", Case);
        Add("user", User);
        Add("kind", Kind?.ToString());
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (withPage && Page > 1)
        {
            Add("page", Page.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join('&', parts);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
    }

    /// <summary>The filter in an address, or what is wrong with it.</summary>
    public static (AuditFilter? Filter, AddressProblem? Problem) Read(Func<string, string?> value, DateOnly today)
    {
        var query = new AddressQuery(value, today);
        var kind = query.Choice<AuditKind>("kind");
        var from = query.Date("from");
        var to = query.Date("to");
        var page = query.Number("page");
        if (query.Problem is { } problem)
        {
            return (null, problem);
        }

        if (from is { } start && to is { } end && query.Checked(start, end) is null)
        {
            return (null, query.Problem);
        }

        return (new AuditFilter(Text(value("case")), Text(value("user")), kind, from, to) { Page = page ?? 1 }, null);
    }

    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is { Length: <= MaxText } text ? text : value.Trim()[..MaxText];
}

/// <summary>One audit record as the trail shows it: who (name and address), when, what, on which case, and how many cases it showed.</summary>
public sealed record AuditRow(
    long Sequence,
    DateTime AtUtc,
    string UserId,
    string? UserName,
    string? UserEmail,
    string Action,
    int? CaseId,
    string? CaseReference,
    string? Subject,
    string? Detail,
    int ShownCases)
{
    /// <summary>The record is about a case outside the viewer's scope (HR): shown as "a case outside your scope".</summary>
    public bool OtherCase { get; init; }
}

/// <summary>One page of the trail, how many records match in all, and whether the case or user asked for is known.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageSize, bool UnknownCase, bool UnknownUser)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The result of checking the chain, as the page and the command show it.</summary>
public sealed record AuditVerification(bool IsIntact, long Checked, long LastSequence, IReadOnlyList<AuditChainBreak> Breaks, DateTime CheckedAtUtc);
