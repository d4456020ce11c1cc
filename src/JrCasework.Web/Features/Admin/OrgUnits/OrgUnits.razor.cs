using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Admin.OrgUnits;

public sealed partial class OrgUnits
{
    private IReadOnlyList<OrgUnitNode> _tree = [];
    private UnitEdit? _editing;
    private AdminResult _result = AdminResult.Ok;
    private bool _loading = true;

    [Inject]
    private OrgUnitAdministration Administration { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private static string Indent(int depth) => $"padding-left: {depth * 1.5}rem";

    private string ParentName(int? id) => id is null ? A["OrgUnits.TopLevel"] : _tree.FirstOrDefault(u => u.Id == id)?.Name ?? "";

    private void StartAdd(int? parentId)
    {
        _result = AdminResult.Ok;
        _editing = new UnitEdit(null, "", parentId);
    }

    private void StartEdit(OrgUnitNode unit)
    {
        _result = AdminResult.Ok;
        _editing = new UnitEdit(unit.Id, unit.Name, unit.ParentId);
    }

    private void Cancel()
    {
        _editing = null;
        _result = AdminResult.Ok;
    }

    private async Task SaveAsync()
    {
        var editing = _editing!;
        await WhileBusyAsync(async () =>
        {
            _result = editing.Id is { } id
                ? await Administration.UpdateAsync(id, editing.Name, editing.ParentId)
                : await Administration.AddAsync(editing.Name, editing.ParentId);
            if (_result.Succeeded)
            {
                Snackbar.Add(A[editing.Id is null ? "OrgUnits.Added" : "OrgUnits.Saved", editing.Name.Trim()], Severity.Success);
                _editing = null;
                await ReloadAsync();
            }
        });
    }

    private async Task DeleteAsync(OrgUnitNode unit)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            A["OrgUnits.DeleteTitle", unit.Name], A["OrgUnits.DeleteText"], yesText: A["OrgUnits.Delete"], cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        await WhileBusyAsync(async () =>
        {
            var result = await Administration.DeleteAsync(unit.Id);
            Snackbar.Add(result.Succeeded ? A["OrgUnits.Deleted", unit.Name] : A.Refusal(result.Errors[0]), result.Succeeded ? Severity.Info : Severity.Warning);
            await ReloadAsync();
        });
    }

    private async Task ReloadAsync()
    {
        _loading = true;
        _tree = await Administration.TreeAsync();
        _loading = false;
    }

    /// <summary>The unit being added (no id) or changed, as the form shows it.</summary>
    private sealed class UnitEdit(int? id, string name, int? parentId)
    {
        public int? Id { get; } = id;

        public string OriginalName { get; } = name;

        public string Name { get; set; } = name;

        public int? ParentId { get; set; } = parentId;
    }
}
