using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JrCasework.Web.Features.Cases.Prepare;

/// <summary>
/// The print view to prepare the conversation with the employee. The case is read through
/// <see cref="CaseService"/> (access checked, read audited) once the page is interactive, so a visit
/// reads it once; a case the user may not read is "not found".
/// </summary>
public sealed partial class PreparePage
{
    private JrCase? _case;
    private string _categoryName = "";
    private DateOnly _today;
    private bool _notFound;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private CaseService Cases { get; set; } = default!;

    [Inject]
    private CaseQueries Queries { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        try
        {
            _case = await Cases.GetAsync(Id);
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            _categoryName = (await Queries.CategoriesAsync()).FirstOrDefault(c => c.Id == _case.CategoryId)?.NameIn(language) ?? "";
            _today = UserClock.Today;
        }
        catch (Exception e) when (e is CaseNotFoundException or AccessDeniedException)
        {
            _notFound = true;
        }
    }

    private async Task PrintAsync() => await Js.InvokeVoidAsync("print");
}
