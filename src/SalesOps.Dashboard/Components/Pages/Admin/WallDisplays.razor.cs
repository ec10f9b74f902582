using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Components.Pages.Admin;

/// <summary>
/// Ops managers create, list and revoke wall-display links. A new link's token is shown once, right after it is
/// created; afterwards only its prefix is known.
/// </summary>
public partial class WallDisplays
{
    private IReadOnlyList<WallDisplayTokenInfo>? _tokens;
    private string _name = "";
    private DateTime? _expires;
    private string? _nameError;
    private string? _expiryError;
    private string? _createdUrl;
    private bool _busy;

    [Inject]
    private IWallDisplayService Displays { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private DateTimeOffset Now => Clock.GetUtcNow();

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync() => _tokens = await Displays.ListAsync();

    private async Task CreateAsync()
    {
        _busy = true;
        _nameError = _expiryError = null;
        _createdUrl = null;
        try
        {
            var result = await Displays.CreateAsync(_name, EndOfDayInBrowserZone(_expires));
            if (!result.Succeeded)
            {
                if (result.Field == "expiresAt")
                {
                    _expiryError = result.Error;
                }
                else
                {
                    _nameError = result.Error;
                }

                return;
            }

            _createdUrl = Navigation.ToAbsoluteUri($"wall/{result.Token}").ToString();
            _name = "";
            _expires = null;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>A link "expires after" the chosen day: it works until that day ends where the person is.</summary>
    private DateTimeOffset? EndOfDayInBrowserZone(DateTime? date)
    {
        if (date is not { } d)
        {
            return null;
        }

        var end = DateTime.SpecifyKind(d.Date.AddDays(1), DateTimeKind.Unspecified);
        return new DateTimeOffset(end, Time.Zone.GetUtcOffset(end)).ToUniversalTime();
    }

    private async Task CopyAsync()
    {
        await Clipboard.CopyAsync(JS, Snackbar, _createdUrl, "Link copied.", "Select the link and copy it by hand.");
    }

    private async Task RevokeAsync(WallDisplayTokenInfo token)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke display link?",
            $"The display \"{token.Name}\" stops showing data within a minute. This cannot be undone; the display needs a new link.",
            yesText: "Revoke",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var result = await Displays.RevokeAsync(token.Id);
        if (result.Succeeded)
        {
            Snackbar.Add($"Revoked \"{token.Name}\".", Severity.Success);
        }
        else
        {
            Snackbar.Add(result.Error ?? "Could not revoke the link.", Severity.Error);
        }

        await LoadAsync();
    }
}
