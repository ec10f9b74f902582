using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using SalesOps.Services.Events;

namespace SalesOps.Dashboard.Components.Shared;

/// <summary>
/// Live updates for a page: subscribes to every <see cref="IDashboardChange"/> on the app's event bus once the page is
/// interactive (never while it is prerendered, which has no circuit to update), gathers a burst of changes into one
/// <see cref="OnChange"/> call at most <see cref="Debounce"/> after the first of them, and unsubscribes when the page
/// goes. The page reloads its numbers in place in <see cref="OnChange"/> — its filters, sort, paging and open dialogs
/// are its own state and stay as they are. Nothing polls.
/// </summary>
public sealed partial class LiveRefresh : ComponentBase, IDisposable
{
    /// <summary>How long a burst of changes is gathered before the page reloads once.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(300);

    private readonly Lock _gate = new();
    private IDisposable? _subscription;
    private ITimer? _timer;
    private bool _scheduled;
    private bool _disposed;

    // Touched only on the renderer's dispatcher.
    private bool _running;
    private bool _again;
    private int _refreshes;

    [Inject]
    private IEventBus Events { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<LiveRefresh> Logger { get; set; } = default!;

    /// <summary>Reloads what the page shows; called on the page's dispatcher, and the page re-renders afterwards.</summary>
    [Parameter, EditorRequired]
    public EventCallback OnChange { get; set; }

    /// <summary>Which changes concern the page (e.g. one account's); all of them when not set.</summary>
    [Parameter]
    public Func<IDashboardChange, bool>? When { get; set; }

    [Parameter]
    public TimeSpan Debounce { get; set; } = DefaultDebounce;

    /// <summary>Shows "Updated just now" for a few seconds after each live reload.</summary>
    [Parameter]
    public bool ShowHint { get; set; } = true;

    protected override void OnAfterRender(bool firstRender)
    {
        // OnAfterRender never runs during prerendering, so only a live circuit subscribes.
        if (!firstRender)
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            // Created here, on the circuit, so the timer's callbacks carry the circuit's execution context rather than
            // that of whichever request happened to publish the first change.
            _timer = Clock.CreateTimer(_ => _ = RefreshAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _subscription = Events.Subscribe<IDashboardChange>(OnChangeAsync);
        }
    }

    private Task OnChangeAsync(IDashboardChange change)
    {
        if (When is { } concerns && !concerns(change))
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            // Later changes of a burst ride along with the reload already due; the first one sets the time.
            if (!_disposed && !_scheduled)
            {
                _scheduled = true;
                _timer?.Change(Debounce, Timeout.InfiniteTimeSpan);
            }
        }

        return Task.CompletedTask;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await InvokeAsync(async () =>
            {
                if (_running)
                {
                    // A change arrived while the page was reloading: reload once more when this one is done.
                    _again = true;
                    return;
                }

                _running = true;
                try
                {
                    do
                    {
                        _again = false;
                        lock (_gate)
                        {
                            _scheduled = false;
                            if (_disposed)
                            {
                                return;
                            }
                        }

                        await OnChange.InvokeAsync();
                        _refreshes++;
                        StateHasChanged();
                    }
                    while (_again);
                }
                finally
                {
                    _running = false;
                }
            });
        }
        catch (Exception ex) when (!IsDisposed())
        {
            // A live reload is a background nicety: when it fails (the database briefly away), the page keeps showing what
            // it had and the next change tries again, rather than the whole page breaking in front of someone.
            Logger.LogWarning(ex, "A live reload failed; the page keeps its previous numbers");
        }
        catch (Exception)
        {
            // The page went while it was reloading (the circuit or its services are gone): nothing to show anything on.
        }
    }

    private bool IsDisposed()
    {
        lock (_gate)
        {
            return _disposed;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _subscription?.Dispose();
        _timer?.Dispose();
    }
}
