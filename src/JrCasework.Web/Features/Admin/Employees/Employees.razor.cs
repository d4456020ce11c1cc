using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace JrCasework.Web.Features.Admin.Employees;

public sealed partial class Employees
{
    private IReadOnlyList<EmployeeRow>? _employees;
    private IReadOnlyList<Choice<int>> _units = [];
    private IReadOnlyList<Choice<string>> _supervisors = [];
    private int? _filterUnitId;
    private string? _search;
    private bool _includeLeft;

    private EmployeeForm? _form;
    private int? _editingId;
    private string _editingName = "";
    private AdminResult _result = AdminResult.Ok;

    private EmployeeRow? _leaving;
    private DateTime? _leftOn;
    private AdminResult _leftResult = AdminResult.Ok;

    private bool _showImport;
    private bool _importing;
    private ImportReport? _importReport;
    private string _importFileName = "";

    [Inject]
    private EmployeeAdministration Administration { get; set; } = default!;

    [Inject]
    private EmployeeImporter Importer { get; set; } = default!;

    [Inject]
    private UserClock UserClock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _units = await Administration.OrgUnitsAsync();
        _supervisors = await Administration.SupervisorsAsync();
        await ReloadAsync();
    }

    private string FilterUnitName(int? id) => id is null ? A["Employees.AllUnits"] : _units.FirstOrDefault(u => u.Id == id)?.Name ?? "";

    private async Task FilterUnitChangedAsync(int? unitId)
    {
        _filterUnitId = unitId;
        await ReloadAsync();
    }

    private async Task SearchChangedAsync(string? search)
    {
        _search = search;
        await ReloadAsync();
    }

    private async Task IncludeLeftChangedAsync(bool includeLeft)
    {
        _includeLeft = includeLeft;
        await ReloadAsync();
    }

    private void StartAdd()
    {
        _leaving = null;
        _editingId = null;
        _result = AdminResult.Ok;
        _form = new EmployeeForm { OrgUnitId = _filterUnitId };
    }

    private void StartEdit(EmployeeRow employee)
    {
        _leaving = null;
        _editingId = employee.Id;
        _editingName = employee.FullName;
        _result = AdminResult.Ok;
        _form = EmployeeForm.From(employee);
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
            _result = _editingId is { } id ? await Administration.EditAsync(id, form) : await Administration.AddAsync(form);
            if (_result.Succeeded)
            {
                Snackbar.Add(A[_editingId is null ? "Employees.Added" : "Employees.Saved", form.FullName.Trim()], Severity.Success);
                _form = null;
                await ReloadAsync();
            }
        });
    }

    private void StartLeaving(EmployeeRow employee)
    {
        _form = null;
        _leaving = employee;
        _leftOn = UserClock.Now.Date;
        _leftResult = AdminResult.Ok;
    }

    /// <summary>Required, and what the server refused about the date last time (until it is changed).</summary>
    private string? LeftOnError =>
        _leftOn is null ? L["Validation.Required"].Value : A.RefusalFor(_leftResult, EmployeeAdministration.LeftOnField);

    private void LeftOnChanged(DateTime? date)
    {
        _leftOn = date;
        _leftResult = AdminResult.Ok;
    }

    private async Task ConfirmLeftAsync()
    {
        var employee = _leaving!;
        await WhileBusyAsync(async () =>
        {
            _leftResult = await Administration.MarkAsLeftAsync(employee.Id, DateOnly.FromDateTime(_leftOn!.Value));
            if (!_leftResult.Succeeded)
            {
                return;
            }

            Snackbar.Add(A["Employees.LeftDone", employee.FullName], Severity.Info);
            _leaving = null;
            await ReloadAsync();
        });
    }

    private async Task RejoinAsync(EmployeeRow employee)
    {
        await WhileBusyAsync(async () =>
        {
            await Administration.RejoinAsync(employee.Id);
            Snackbar.Add(A["Employees.RejoinDone", employee.FullName], Severity.Info);
            await ReloadAsync();
        });
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _importFileName = file.Name;
        if (file.Size > EmployeeImporter.MaxFileSize)
        {
            _importReport = new ImportReport(0, [new ImportProblem(0, "", ImportRule.TooLarge)]);
            return;
        }

        _importing = true;
        try
        {
            await WhileBusyAsync(async () =>
            {
                using var buffer = new MemoryStream();
                await using (var upload = file.OpenReadStream(EmployeeImporter.MaxFileSize))
                {
                    await upload.CopyToAsync(buffer);
                }

                buffer.Position = 0;
                _importReport = await Importer.ImportAsync(buffer);
                if (_importReport.Succeeded)
                {
                    await ReloadAsync();
                }
            });
        }
        finally
        {
            _importing = false;
        }
    }

    private async Task ReloadAsync() =>
        _employees = await Administration.ListAsync(new EmployeeFilter(_filterUnitId, _search, _includeLeft));
}
