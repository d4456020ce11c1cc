using System.Globalization;
using JrCasework.Domain.Cases;
using JrCasework.Web.Features.Shared;

namespace JrCasework.Web.Features.Reviews;

/// <summary>Whether HR has reviewed the case yet.</summary>
public enum ReviewedFilter
{
    NotYet,
    Reviewed,
    All,
}

/// <summary>The orders the outcome list can be read in; ties are broken by the newest case first.</summary>
public enum OutcomeSort
{
    ClosedNewest,
    ClosedOldest,
    LongestToClose,
    MostLoops,
    Reference,
}

/// <summary>
/// What the outcome list shows. The period counts closed cases by the day they closed (UTC);
/// open cases, when included, count when they were opened before the end of the period (they were
/// running in it and still are). <see cref="UnitId"/> includes the units below it.
/// </summary>
public sealed record OutcomeFilter
{
    public const int PageSize = 50;

    public PeriodPreset Period { get; init; } = PeriodPreset.Last12Months;

    /// <summary>The first day of a custom period.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day of a custom period (inclusive).</summary>
    public DateOnly? To { get; init; }

    public int? UnitId { get; init; }

    public int? CategoryId { get; init; }

    public ProblemOrigin? Origin { get; init; }

    public ObjectiveMet? Outcome { get; init; }

    public ReviewedFilter Reviewed { get; init; } = ReviewedFilter.NotYet;

    public bool IncludeOpen { get; init; }

    public OutcomeSort Sort { get; init; } = OutcomeSort.ClosedNewest;

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Whether anything narrows the list beyond the defaults of period, review state and closed cases.</summary>
    public bool NarrowsByContent => UnitId is not null || CategoryId is not null || Origin is not null || Outcome is not null;

    /// <summary>The first and last day of the period (both inclusive), given today.</summary>
    public (DateOnly From, DateOnly To) Range(DateOnly today)
    {
        return Period == PeriodPreset.Custom
            ? Ordered(From ?? today.AddYears(-1).AddDays(1), To ?? today)
            : PeriodPresets.Range(Period, today);
    }

    /// <summary>The filter as a query string (without the page unless <paramref name="withPage"/>), for the page address and the export link.</summary>
    public string ToQuery(bool withPage = true)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!));
            }
        }

        Add("period", Period == PeriodPreset.Last12Months ? null : Period);
        if (Period == PeriodPreset.Custom)
        {
            Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Add("unit", UnitId);
        Add("category", CategoryId);
        Add("origin", Origin);
        Add("outcome", Outcome);
        Add("reviewed", Reviewed == ReviewedFilter.NotYet ? null : Reviewed);
        Add("open", IncludeOpen ? "true" : null);
        Add("sort", Sort == OutcomeSort.ClosedNewest ? null : Sort);
        Add("page", withPage && Page > 1 ? Page : null);
        return string.Join('&', parts);
    }

    /// <summary>Reads a filter from query values (see <see cref="ToQuery"/>); what cannot be read keeps its default.</summary>
    public static OutcomeFilter Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new OutcomeFilter
        {
            Period = EnumOr(value("period"), PeriodPreset.Last12Months),
            From = DateOr(value("from")),
            To = DateOr(value("to")),
            UnitId = IntOr(value("unit")),
            CategoryId = IntOr(value("category")),
            Origin = Enum.TryParse<ProblemOrigin>(value("origin"), ignoreCase: true, out var origin) && Enum.IsDefined(origin) ? origin : null,
            Outcome = Enum.TryParse<ObjectiveMet>(value("outcome"), ignoreCase: true, out var outcome) && Enum.IsDefined(outcome) ? outcome : null,
            Reviewed = EnumOr(value("reviewed"), ReviewedFilter.NotYet),
            IncludeOpen = bool.TryParse(value("open"), out var open) && open,
            Sort = EnumOr(value("sort"), OutcomeSort.ClosedNewest),
            Page = Math.Max(1, IntOr(value("page")) ?? 1),
        };
    }

    private static (DateOnly, DateOnly) Ordered(DateOnly from, DateOnly to) => from <= to ? (from, to) : (to, from);

    private static T EnumOr<T>(string? text, T fallback)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : fallback;

    private static int? IntOr(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateOnly? DateOr(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>One case in the outcome list: what HR needs to pick cases to review, no names and no free text.</summary>
public sealed record OutcomeRow(
    int Id,
    string Reference,
    int UnitId,
    int CategoryId,
    ProblemOrigin Origin,
    CaseStep Step,
    int Loops,
    DateTime OpenedAtUtc,
    DateTime? ClosedAtUtc,
    ObjectiveMet? ObjectiveMet,
    bool? ActionHelped,
    bool IsReviewed,
    bool IsGoodExample)
{
    /// <summary>Calendar days from opening to closing (UTC dates); null while open.</summary>
    public int? DaysToClose => ClosedAtUtc is { } closed
        ? Math.Max(0, DateOnly.FromDateTime(closed).DayNumber - DateOnly.FromDateTime(OpenedAtUtc).DayNumber)
        : null;
}

/// <summary>One page of the outcome list, with the total and the names to show.</summary>
public sealed record OutcomePage(
    IReadOnlyList<OutcomeRow> Rows,
    int Total,
    int Page,
    (DateOnly From, DateOnly To) Period)
{
    public int Pages => Math.Max(1, (Total + OutcomeFilter.PageSize - 1) / OutcomeFilter.PageSize);
}

/// <summary>What the filters offer: the units in the caller's scope (tree order) and every category.</summary>
public sealed record OutcomeChoices(IReadOnlyList<UnitOption> Units, IReadOnlyList<Cases.CategoryOption> Categories)
{
    public string UnitName(int unitId) => Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? "";

    public string CategoryName(int categoryId, string language) =>
        Categories.FirstOrDefault(c => c.Id == categoryId)?.NameIn(language) ?? "";
}
