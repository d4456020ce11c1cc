using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Cases;

/// <summary>
/// The supervisor's start page: their own cases, what needs attention first, with filters. The list is
/// read only once the page is interactive, so a visit reads (and audits) it once, not twice.
/// </summary>
public sealed partial class MyCases
{
    private static readonly CaseStep[] OpenSteps =
        [CaseStep.Objective, CaseStep.Facts, CaseStep.WeighAndDecide, CaseStep.TakeAction, CaseStep.CheckResults];

    private IReadOnlyList<CaseListItem>? _cases;
    private IReadOnlyList<CategoryOption> _categories = [];
    private string? _search;
    private CaseStep? _step;
    private int? _categoryId;
    private bool _closed;
    private int _loads;

    [Inject]
    private CaseQueries Queries { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private bool FiltersActive => !string.IsNullOrWhiteSpace(_search) || _step is not null || _categoryId is not null;

    private DateOnly Today => UserClock.Today;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _categories = await Queries.CategoriesAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        // Typing fires several searches; only the answer to the latest one is shown.
        var load = ++_loads;
        var cases = await Queries.MyCasesAsync(new CaseListFilter(_closed, _step, _categoryId, _search));
        if (load == _loads)
        {
            _cases = cases;
        }
    }

    private Task SearchChangedAsync(string? search)
    {
        _search = search;
        return LoadAsync();
    }

    private Task StepChangedAsync(CaseStep? step)
    {
        _step = step;
        return LoadAsync();
    }

    private Task CategoryChangedAsync(int? categoryId)
    {
        _categoryId = categoryId;
        return LoadAsync();
    }

    private Task ClosedChangedAsync(bool closed)
    {
        _closed = closed;
        return LoadAsync();
    }

    private Task ClearFiltersAsync()
    {
        _search = null;
        _step = null;
        _categoryId = null;
        return LoadAsync();
    }

    private void OpenRow(TableRowClickEventArgs<CaseListItem> row)
    {
        if (row.Item is { } item)
        {
            Navigation.NavigateTo($"cases/{item.Id}");
        }
    }

    private string StepName(CaseStep? step) => step is { } s ? C.Step(s) : C["List.AllSteps"];

    private string CategoryLabel(int? categoryId) => categoryId is { } id ? CategoryName(id) : C["List.AllCategories"];

    private string CategoryName(int categoryId) => _categories.FirstOrDefault(c => c.Id == categoryId)?.NameIn(Language) ?? "";

    /// <summary>"3 days open", or the singular text (<c>key.One</c>) for one day.</summary>
    private string Days(string key, int days) => days == 1 ? C[key + ".One"] : C[key, days];

    private int DaysSince(DateTime utc) => Math.Max(0, Today.DayNumber - UserClock.DateOf(utc).DayNumber);

    private int DaysBetween(DateTime fromUtc, DateTime toUtc) =>
        Math.Max(0, UserClock.DateOf(toUtc).DayNumber - UserClock.DateOf(fromUtc).DayNumber);

    /// <summary>"Step 2 of 4: Weigh and decide", for screen readers and as a tooltip.</summary>
    private string StepText(CaseStep step) => step switch
    {
        CaseStep.Objective => C["List.BeforeStep1", C.Step(step)],
        CaseStep.Closed => C.Step(step),

        // The step names carry their number ("2 Weigh and decide"); the sentence says it already.
        _ => C["List.StepOf", (int)step, C.Step(step).TrimStart('1', '2', '3', '4', ' ')],
    };

    private static string DotState(CaseStep dot, CaseStep current) =>
        dot < current ? "is-done" : dot == current ? "is-current" : "is-ahead";

    private static string DotLabel(CaseStep step) =>
        step == CaseStep.Objective ? "•" : ((int)step).ToString(CultureInfo.InvariantCulture);
}
