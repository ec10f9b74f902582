using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Users;

namespace SalesOps.Dashboard.Components.Pages.Admin;

/// <summary>
/// User administration for ops managers. Everything goes through <see cref="IUserAdminService"/>; its refusals
/// (last ops manager, disabling yourself, bad input) are shown as they come.
/// </summary>
public partial class Users
{
    private MudDataGrid<UserListItem>? _grid;
    private string? _search;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;

    [Inject]
    private IUserAdminService UserAdmin { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private async Task<GridData<UserListItem>> LoadAsync(GridState<UserListItem> state, CancellationToken ct)
    {
        var result = await UserAdmin.SearchAsync(new UserQuery { Search = _search, Page = state.Page, PageSize = state.PageSize }, ct);
        return new GridData<UserListItem> { Items = result.Items, TotalItems = result.TotalCount };
    }

    private async Task SearchAsync(string? search)
    {
        _search = search;
        await ReloadAsync();
    }

    private async Task AddAsync()
    {
        var dialog = await Dialogs.ShowAsync<AddUserDialog>("Add user", new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false });
        if (await dialog.Result is { Canceled: false })
        {
            await ReloadAsync();
        }
    }

    private async Task EditRolesAsync(UserListItem user)
    {
        var parameters = new DialogParameters<EditRolesDialog> { { d => d.User, user } };
        var dialog = await Dialogs.ShowAsync<EditRolesDialog>($"Roles of {user.DisplayName}", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Show($"Roles of {user.Email} saved.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task ToggleDisabledAsync(UserListItem user)
    {
        var disable = !user.IsDisabled;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            disable ? "Disable user" : "Enable user",
            disable ? $"{user.Email} will be signed out and cannot sign in until enabled again." : $"{user.Email} will be able to sign in again.",
            yesText: disable ? "Disable" : "Enable",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var result = await UserAdmin.SetDisabledAsync(user.Id, disable);
        Show(result.Succeeded ? $"{user.Email} {(disable ? "disabled" : "enabled")}." : result.Error!, result.Succeeded ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }

    private async Task ResetPasswordAsync(UserListItem user)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Reset password",
            $"{user.Email} gets a new one-time password and is signed out everywhere.",
            yesText: "Reset password",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var result = await UserAdmin.ResetPasswordAsync(user.Id);
        if (!result.Succeeded)
        {
            Show(result.Error!, Severity.Error);
            return;
        }

        _message = null;
        var parameters = new DialogParameters<PasswordDialog> { { d => d.Email, user.Email }, { d => d.Password, result.Password! } };
        var dialog = await Dialogs.ShowAsync<PasswordDialog>("New one-time password", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false });
        await dialog.Result;
    }

    private void Show(string message, Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;
}
