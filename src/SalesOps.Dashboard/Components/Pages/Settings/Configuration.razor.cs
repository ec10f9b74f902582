using Microsoft.AspNetCore.Components;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// Settings › Configuration: the configuration as code. The version in force and its download, importing a whole file
/// or applying an instruction (each previewed before it is applied), and the version history with rollback.
/// </summary>
public sealed partial class Configuration : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private CurrentCrmConfiguration? _current;
    private IReadOnlyList<ConfigurationVersionInfo> _versions = [];
    private int _tab;

    [Inject]
    private ICrmConfigurationService Configurations { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private bool Loaded => _current is not null;

    private ConfigurationVersionInfo? CurrentVersion => _versions.FirstOrDefault(v => v.Version == _current?.Version);

    private static string DownloadHref => ConfigurationEndpoints.Href();

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _current = await Configurations.GetCurrentAsync(_disposed.Token);
        _versions = await Configurations.ListVersionsAsync(_disposed.Token);
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
