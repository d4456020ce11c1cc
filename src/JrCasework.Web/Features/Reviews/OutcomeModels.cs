using System.Globalization;

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

    /// <summary>The highest page an address may ask for; a later page than the list has shows its last.</summary>
    public const int MaxPage = 10_000;

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

    /// <summary>
    /// Reads a filter from query values (see <see cref="ToQuery"/>): what is missing keeps its default, what is there
    /// must be readable (<see cref="AddressQuery"/>), else the filter is null and the problem says what is wrong.
    /// A custom period may name its days in either order, but is at most <see cref="AddressQuery.MaxYears"/> long.
    /// </summary>
    public static (OutcomeFilter? Filter, AddressProblem? Problem) Read(Func<string, string?> value, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(value);
        var query = new AddressQuery(value, today);
        var filter = new OutcomeFilter
        {
            Period = query.Choice<PeriodPreset>("period") ?? PeriodPreset.Last12Months,
            From = query.Date("from"),
            To = query.Date("to"),
            UnitId = query.Number("unit"),
            CategoryId = query.Number("category"),
            Origin = query.Choice<ProblemOrigin>("origin"),
            Outcome = query.Choice<ObjectiveMet>("outcome"),
            Reviewed = query.Choice<ReviewedFilter>("reviewed") ?? ReviewedFilter.NotYet,
            IncludeOpen = query.Flag("open"),
            Sort = query.Choice<OutcomeSort>("sort") ?? OutcomeSort.ClosedNewest,
            Page = query.Number("page", 1, MaxPage) ?? 1,
        };
        if (query.Problem is null && filter.Period == PeriodPreset.Custom)
        {
            var (from, to) = filter.Range(today);
            _ = query.Checked(from, to);
        }

        return query.Problem is { } problem ? (null, problem) : (filter, null);
    }

    private static (DateOnly, DateOnly) Ordered(DateOnly from, DateOnly to) => from <= to ? (from, to) : (to, from);
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
