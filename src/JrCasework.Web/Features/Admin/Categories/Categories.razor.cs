using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Admin.Categories;

public sealed partial class Categories
{
    private IReadOnlyList<CategoryRow>? _categories;
    private CategoryForm? _form;
    private int? _editingId;
    private AdminResult _result = AdminResult.Ok;

    [Inject]
    private CategoryAdministration Administration { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    /// <summary>The category's name in the language the administrator is using.</summary>
    private static string Name(CategoryRow category) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? category.NameNl : category.NameEn;

    private bool IsFirst(CategoryRow category) => _categories?.FirstOrDefault()?.Id == category.Id;

    private bool IsLast(CategoryRow category) => _categories?.LastOrDefault()?.Id == category.Id;

    private bool HasError(string field) => _result.ErrorFor(field) is not null;

    private string RetentionText(int months) => months == 0 ? A["Categories.RetentionKeep"] : A["Categories.RetentionMonths", months];

    private void StartAdd()
    {
        _editingId = null;
        _result = AdminResult.Ok;
        _form = new CategoryForm();
    }

    private void StartEdit(CategoryRow category)
    {
        _editingId = category.Id;
        _result = AdminResult.Ok;
        _form = new CategoryForm { Code = category.Code, NameEn = category.NameEn, NameNl = category.NameNl, RetentionMonths = category.RetentionMonths };
    }

    private void CloseForm()
    {
        _form = null;
        _result = AdminResult.Ok;
    }

    private async Task SaveAsync()
    {
        var form = _form!;
        await WhileBusyAsync(async () =>
        {
            _result = _editingId is { } id ? await Administration.UpdateAsync(id, form) : await Administration.AddAsync(form);
            if (_result.Succeeded)
            {
                Snackbar.Add(A[_editingId is null ? "Categories.Added" : "Categories.Saved", form.NameEn.Trim()], Severity.Success);
                _form = null;
                await ReloadAsync();
            }
        });
    }

    private async Task SetActiveAsync(CategoryRow category, bool active)
    {
        await WhileBusyAsync(async () =>
        {
            await Administration.SetActiveAsync(category.Id, active);
            Snackbar.Add(A[active ? "Categories.ActivatedDone" : "Categories.DeactivatedDone", Name(category)], Severity.Info);
            await ReloadAsync();
        });
    }

    private async Task MoveAsync(CategoryRow category, int offset)
    {
        await WhileBusyAsync(async () =>
        {
            await Administration.MoveAsync(category.Id, offset);
            await ReloadAsync();
        });
    }

    private async Task ReloadAsync() => _categories = await Administration.ListAsync();
}
