using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SalesOps.Services.Events;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// A bUnit context set up the way MudBlazor's own tests set it up. Disposed through <see cref="IAsyncLifetime"/>:
/// some MudBlazor services are only <see cref="IAsyncDisposable"/>, which xUnit 2's synchronous Dispose would reject.
/// </summary>
public abstract class MudTestBase : BunitContext, IAsyncLifetime
{
    protected MudTestBase()
    {
        // Renders wait on real SQLite queries; give them room when the machine is busy (a bound, not a timing assert).
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o =>
        {
            o.PopoverOptions.CheckForPopoverProvider = false;
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        // Live pages subscribe to the app's event bus (Components/Shared/LiveRefresh); the real one, as in the app.
        Services.AddEventServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
