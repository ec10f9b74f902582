using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using SalesOps.Core.Configuration;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Configuration;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Components.Pages.Admin;

/// <summary>
/// Ops managers create, list, revoke and reinstate wall-display links and pick the rotation each display shows. A new
/// link's token is shown once, right after it is created; afterwards only its prefix is known.
/// </summary>
public partial class WallDisplays
{
    private IReadOnlyList<WallDisplayTokenInfo>? _tokens;
    private string _name = "";
    private DateTime? _expires;
    private string? _nameError;
    private string? _expiryError;
    private string? _createdUrl;
    private string? _createdName;
    private string? _createdRotation;
    private string _rotation = "";
    private string? _rotationError;
    private WallDisplaySettings _walls = new();
    private bool _busy;

    [Inject]
    private IWallDisplayService Displays { get; set; } = default!;

    [Inject]
    private ICrmConfigurationService Configuration { get; set; } = default!;

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

    private async Task LoadAsync()
    {
        _walls = (await Configuration.GetCurrentAsync()).Configuration.WallDisplays;
        _tokens = await Displays.ListAsync();
    }

    /// <summary>
    /// The choices of a rotation select: "" for the default, every configured rotation, and a display's own stored
    /// name when it is no longer configured (so the select shows what is stored rather than silently another value).
    /// </summary>
    private IEnumerable<string> RotationOptions(string? stored)
    {
        yield return "";
        foreach (var rotation in _walls.Rotations)
        {
            yield return rotation.Name;
        }

        if (!string.IsNullOrWhiteSpace(stored) && _walls.Find(stored) is null)
        {
            yield return stored;
        }
    }

    private string RotationText(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"Default ({_walls.RotationFor(null).Name})";
        }

        return _walls.Find(name) is null ? $"{name} (removed: shows the default)" : name;
    }

    private async Task SetRotationAsync(WallDisplayTokenInfo token, string? rotation)
    {
        _busy = true;
        try
        {
            var result = await Displays.SetRotationAsync(token.Id, string.IsNullOrWhiteSpace(rotation) ? null : rotation);
            if (result.Succeeded)
            {
                Snackbar.Add($"\"{token.Name}\" shows {RotationText(rotation)} from its next panel.", Severity.Success);
            }
            else
            {
                Snackbar.Add(result.Error ?? "Could not change the rotation.", Severity.Error);
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CreateAsync()
    {
        _busy = true;
        _nameError = _expiryError = _rotationError = null;
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
            _createdName = result.Info!.Name;
            _createdRotation = null;
            if (!string.IsNullOrWhiteSpace(_rotation))
            {
                // Created first (the token is the part that must not get lost), then pointed at its rotation.
                var rotated = await Displays.SetRotationAsync(result.Info.Id, _rotation);
                if (rotated.Succeeded)
                {
                    _createdRotation = _rotation;
                }
                else
                {
                    _rotationError = $"{rotated.Error} The link was created and shows the default rotation; pick its rotation in the list.";
                }
            }

            _name = "";
            _expires = null;
            _rotation = "";
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
            $"The display \"{token.Name}\" stops showing data and says \"Display not authorised\". Reinstate the link later and it comes back by itself.",
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

    private async Task ReinstateAsync(WallDisplayTokenInfo token)
    {
        var result = await Displays.ReinstateAsync(token.Id);
        if (result.Succeeded)
        {
            Snackbar.Add($"Reinstated \"{token.Name}\". The display comes back at its next check.", Severity.Success);
        }
        else
        {
            Snackbar.Add(result.Error ?? "Could not reinstate the link.", Severity.Error);
        }

        await LoadAsync();
    }
}
