using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// The configuration's version history on Settings › Configuration. A version's changes are compared on demand (one
/// comparison per opened row); a rollback is confirmed in a dialog that shows what it would change.
/// </summary>
public sealed partial class ConfigurationHistory
{
    private const int FirstShown = 20;

    private readonly HashSet<int> _open = [];
    private readonly Dictionary<int, IReadOnlyList<ConfigurationChange>> _changes = [];
    private bool _showAll;

    [Inject]
    private IConfigurationFileService Files { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    /// <summary>Every stored version, newest first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ConfigurationVersionInfo> Versions { get; set; } = [];

    [Parameter, EditorRequired]
    public int CurrentVersion { get; set; }

    /// <summary>Raised after a rollback stored a new version, or found that someone else had.</summary>
    [Parameter]
    public EventCallback VersionsChanged { get; set; }

    private IEnumerable<ConfigurationVersionInfo> Shown => _showAll ? Versions : Versions.Take(FirstShown);

    internal static string DownloadHref(int version) => ConfigurationEndpoints.Href(version);

    private async Task ToggleAsync(int version)
    {
        if (!_open.Add(version))
        {
            _open.Remove(version);
            return;
        }

        if (!_changes.ContainsKey(version))
        {
            // Stored versions never change, so a comparison stays true for the life of the page.
            _changes[version] = await Files.CompareAsync(version - 1, version);
        }
    }

    private async Task RollbackAsync(int version)
    {
        var parameters = new DialogParameters<RollbackDialog>
        {
            { x => x.ToVersion, version },
            { x => x.CurrentVersion, CurrentVersion },
        };
        var title = version > 0 ? $"Roll back to version {version}?" : "Roll back to the built-in defaults?";
        var dialog = await Dialogs.ShowAsync<RollbackDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: ConfigurationFileResult { Version: { } stored } })
        {
            Snackbar.Add(version > 0 ? $"Rolled back: version {stored} has version {version}'s configuration." : $"Rolled back: version {stored} has the built-in defaults.",
                Severity.Success);
        }

        // Also after a cancel: the dialog may have found that someone saved another version in the meantime.
        await VersionsChanged.InvokeAsync();
    }
}
