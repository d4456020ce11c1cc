using System.Globalization;
using JrCasework.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Reviews;

/// <summary>
/// HR's start page: the cases in their scope and how they ended, closed and not yet reviewed first.
/// The filters live in the address (so the back button and a bookmark return to the same list, and the
/// export link carries them); the list is read once the page is interactive, so a visit reads (and
/// audits) it once.
/// </summary>
public sealed partial class Outcomes
{
    private OutcomeFilter _filter = new();
    private (DateOnly From, DateOnly To) _range;
    private OutcomeChoices? _choices;
    private OutcomePage? _page;
    private AddressProblem? _problem;
    private bool _denied;
    private int _loads;

    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodQuery { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public string? UnitQuery { get; set; }

    [SupplyParameterFromQuery(Name = "category")]
    public string? CategoryQuery { get; set; }

    [SupplyParameterFromQuery(Name = "origin")]
    public string? OriginQuery { get; set; }

    [SupplyParameterFromQuery(Name = "outcome")]
    public string? OutcomeQuery { get; set; }

    [SupplyParameterFromQuery(Name = "reviewed")]
    public string? ReviewedQuery { get; set; }

    [SupplyParameterFromQuery(Name = "open")]
    public string? OpenQuery { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortQuery { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageQuery { get; set; }

    /// <summary>The request while the page is first rendered on the server, to answer an address it cannot read with 400.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private OutcomeQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private string CountText
    {
        get
        {
            var (from, to) = _page!.Period;
            var key = (_page.Total == 1 ? "List.CountOne" : "List.Count") + (_filter.IncludeOpen ? "WithOpen" : "");
            return R[key, _page.Total, DateText.Date(from), DateText.Date(to)];
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        var (filter, problem) = OutcomeFilter.Read(name => name switch
        {
            "period" => PeriodQuery,
            "from" => FromQuery,
            "to" => ToQuery,
            "unit" => UnitQuery,
            "category" => CategoryQuery,
            "origin" => OriginQuery,
            "outcome" => OutcomeQuery,
            "reviewed" => ReviewedQuery,
            "open" => OpenQuery,
            "sort" => SortQuery,
            "page" => PageQuery,
            _ => null,
        }, Queries.Today);
        _problem = problem;
        if (filter is null)
        {
            AddressProblem.MarkBadRequest(HttpContext);
            return;
        }

        if (!RendererInfo.IsInteractive || (filter == _filter && _page is not null))
        {
            return;
        }

        _filter = filter;
        _range = _filter.Range(Queries.Today);
        try
        {
            _choices ??= await Queries.ChoicesAsync();
            await LoadAsync();
        }
        catch (AccessDeniedException)
        {
            _denied = true;
        }
    }

    private async Task LoadAsync()
    {
        // Quick changes fire several loads; only the answer to the latest one is shown.
        var load = ++_loads;
        var page = await Queries.ListAsync(_filter);
        if (load == _loads)
        {
            _page = page;
        }
    }

    /// <summary>Moves to the list for <paramref name="filter"/>: the address changes, and the page loads what it says.</summary>
    private Task ApplyAsync(OutcomeFilter filter)
    {
        var query = filter.ToQuery();
        Navigation.NavigateTo(query.Length == 0 ? "outcomes" : "outcomes?" + query, replace: true);
        return Task.CompletedTask;
    }

    private Task PeriodChangedAsync(PeriodPreset period) =>
        ApplyAsync(period == PeriodPreset.Custom
            ? _filter with { Period = period, From = _range.From, To = _range.To, Page = 1 }
            : _filter with { Period = period, From = null, To = null, Page = 1 });

    private Task FromChangedAsync(DateTime? from) =>
        from is null ? Task.CompletedTask : ApplyAsync(_filter with { From = DateOnly.FromDateTime(from.Value), To = _range.To, Page = 1 });

    private Task ToChangedAsync(DateTime? to) =>
        to is null ? Task.CompletedTask : ApplyAsync(_filter with { From = _range.From, To = DateOnly.FromDateTime(to.Value), Page = 1 });

    private Task UnitChangedAsync(int? unitId) => ApplyAsync(_filter with { UnitId = unitId, Page = 1 });

    private Task CategoryChangedAsync(int? categoryId) => ApplyAsync(_filter with { CategoryId = categoryId, Page = 1 });

    private Task OriginChangedAsync(ProblemOrigin? origin) => ApplyAsync(_filter with { Origin = origin, Page = 1 });

    private Task OutcomeChangedAsync(ObjectiveMet? outcome) => ApplyAsync(_filter with { Outcome = outcome, Page = 1 });

    private Task ReviewedChangedAsync(ReviewedFilter reviewed) => ApplyAsync(_filter with { Reviewed = reviewed, Page = 1 });

    private Task SortChangedAsync(OutcomeSort sort) => ApplyAsync(_filter with { Sort = sort, Page = 1 });

    private Task IncludeOpenChangedAsync(bool includeOpen) => ApplyAsync(_filter with { IncludeOpen = includeOpen, Page = 1 });

    private Task PageChangedAsync(int page) => ApplyAsync(_filter with { Page = page });

    private Task ShowReviewedAsync() => ApplyAsync(_filter with { Reviewed = ReviewedFilter.Reviewed, Page = 1 });

    private Task ClearFiltersAsync() =>
        ApplyAsync(_filter with { UnitId = null, CategoryId = null, Origin = null, Outcome = null, Page = 1 });

    private void OpenRow(TableRowClickEventArgs<OutcomeRow> row)
    {
        if (row.Item is { } item)
        {
            Navigation.NavigateTo($"cases/{item.Id}");
        }
    }

    private static DateTime ToDate(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    // The pickers offer only dates an address may hold (AddressQuery), so a choice never ends on the "cannot be opened" page.
    private static DateTime FirstDay => ToDate(AddressQuery.FirstDay);

    private DateTime LastDay => ToDate(Queries.Today.AddYears(AddressQuery.YearsAhead));

    private string PeriodName(PeriodPreset period) => R[$"Period.{period}"];

    private string ReviewedName(ReviewedFilter reviewed) => R[$"Reviewed.{reviewed}"];

    private string SortName(OutcomeSort sort) => R[$"Sort.{sort}"];

    private string UnitLabel(int? unitId) => unitId is { } id ? _choices?.UnitName(id) ?? "" : R["Filter.AllUnits"];

    private string CategoryLabel(int? categoryId) => categoryId is { } id ? _choices?.CategoryName(id, Language) ?? "" : R["Filter.AllCategories"];

    private string OriginLabel(ProblemOrigin? origin) => origin is { } o ? C.Name(o) : R["Filter.AnyOrigin"];

    private string OutcomeLabel(ObjectiveMet? outcome) => outcome is { } o ? C.Name(o) : R["Filter.AnyOutcome"];

    private string DaysText(int? days) => days switch
    {
        null => "–",
        1 => R["List.OneDay"],
        _ => R["List.Days", days.Value],
    };
}
