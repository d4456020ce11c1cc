using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JrCasework.Web.Features.Admin.Users;

public sealed partial class Users
{
    private IReadOnlyList<UserRow>? _users;
    private IReadOnlyList<OrgUnitOption> _units = [];
    private NewUser _newUser = new();
    private AdminResult _createResult = AdminResult.Ok;
    private MudForm? _form;
    private UserEditDialog? _editDialog;
    private PasswordDialog? _passwordDialog;
    private bool _showCreate;

    [Inject]
    private UserAdministration Administration { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _units = await Administration.OrgUnitsAsync();
        _users = await Administration.ListAsync();
    }

    private string RoleNames(string roles) =>
        string.Join(", ", roles.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(role => L[$"Role.{role}"].Value));

    private async Task ReloadAsync() => _users = await Administration.ListAsync();

    private async Task CreateAsync()
    {
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        await WhileBusyAsync(async () =>
        {
            _createResult = await Administration.CreateAsync(_newUser);
            if (_createResult.Succeeded)
            {
                Snackbar.Add(
                    UserRoles.NeedsConfirmation(_newUser.Role)
                        ? A["Users.CreatedAwaiting", _newUser.DisplayName, L[$"Role.{_newUser.Role}"]]
                        : L["Users.Created", _newUser.DisplayName],
                    Severity.Success);
                _newUser = new NewUser();
                _showCreate = false;
                _users = await Administration.ListAsync();
            }
        });
    }

    private async Task SetDisabledAsync(UserRow user, bool disabled)
    {
        if (disabled)
        {
            var confirmed = await Dialogs.ShowMessageBoxAsync(
                L["Users.DisableTitle", user.DisplayName],
                L["Users.DisableText"],
                yesText: L["Users.Disable"],
                cancelText: L["Common.Cancel"]);
            if (confirmed != true)
            {
                return;
            }
        }

        await WhileBusyAsync(async () =>
        {
            var result = await Administration.SetDisabledAsync(user.Id, disabled);
            Snackbar.Add(
                result.Succeeded ? L[disabled ? "Users.DisabledDone" : "Users.EnabledDone", user.DisplayName] : A.Refusal(result.Errors[0]),
                result.Succeeded ? Severity.Info : Severity.Warning);
        });

        _users = await Administration.ListAsync();
    }
}
