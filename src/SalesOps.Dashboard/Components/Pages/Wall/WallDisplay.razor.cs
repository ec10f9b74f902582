using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SalesOps.Core.WallDisplays;
using SalesOps.Services.Events;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Components.Pages.Wall;

/// <summary>
/// A wall display's screen, an interactive island of the static wall page. The token is checked by the gate on every
/// read: at start, after every dashboard change (through <see cref="Shared.LiveRefresh"/>, debounced), when its own
/// display token changes (revoked, reinstated, another rotation), and at least every half <c>StaleAfterSeconds</c>
/// so that figures which move with time alone (renewal windows, overdue handoffs) stay current. One timer per wall
/// wakes it for the next panel change or read, whichever comes first.
/// </summary>
public sealed partial class WallDisplay : ComponentBase, IAsyncDisposable
{
    /// <summary>How often a wall showing "Display not authorised" checks its token again.</summary>
    public static readonly TimeSpan DeniedRecheck = TimeSpan.FromMinutes(1);

    /// <summary>How soon a wall tries again after its figures could not be read.</summary>
    public static readonly TimeSpan FailedReadRetry = TimeSpan.FromSeconds(30);

    public const string ModulePath = "./js/wall.js";

    private readonly Lock _gate = new();
    private ElementReference _root;
    private WallDisplayReading? _reading;
    private bool _waiting;
    private int? _displayId;
    private WallRotationSchedule? _schedule;
    private RotationPosition _position;
    private DateTimeOffset _nextReadAt;
    private ITimer? _timer;
    private IDisposable? _displayChanges;
    private IJSObjectReference? _module;
    private bool _disposed;

    // Touched only on the renderer's dispatcher.
    private bool _loading;
    private bool _loadAgain;

    [Parameter, EditorRequired]
    public string Token { get; set; } = "";

    [Inject]
    private IWallDisplayGate Gate { get; set; } = default!;

    [Inject]
    private IEventBus Events { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<WallDisplay> Logger { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>How old the figures are as this render leaves the server; wall.js counts on from there.</summary>
    private long AgeMs => _reading is null ? 0 : (long)Math.Max(0, (Clock.GetUtcNow() - _reading.AsOf).TotalMilliseconds);

    private string ProgressStyle => _schedule is null ? "" : string.Create(CultureInfo.InvariantCulture,
        $"animation-duration: {_schedule.Interval.TotalSeconds:0.###}s; animation-delay: -{_position.Elapsed.TotalSeconds:0.###}s");

    protected override Task OnInitializedAsync() => ReadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Never called while prerendering: only the live circuit gets a timer, a subscription and the browser module.
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

            // Created here, on the circuit, so that the timer's callbacks carry the circuit's execution context.
            _timer = Clock.CreateTimer(_ => _ = TickSafelyAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _displayChanges = Events.Subscribe<WallDisplayChanged>(OnDisplayChangedAsync);
        }

        Reschedule();
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await _module.InvokeVoidAsync("start", _root);
        }
        catch (JSDisconnectedException)
        {
            // The TV went away while the wall started.
        }
        catch (JSException ex)
        {
            // Without the module the clock stands still, but the panels and figures still update.
            Logger.LogWarning(ex, "The wall's browser module did not start");
        }
    }

    /// <summary>Reads the figures again and shows them; a read asked for while one runs happens once more after it.</summary>
    private async Task ReloadAsync()
    {
        if (_loading)
        {
            _loadAgain = true;
            return;
        }

        _loading = true;
        try
        {
            do
            {
                _loadAgain = false;
                await ReadAsync();
                StateHasChanged();
            }
            while (_loadAgain && !IsDisposed());
        }
        finally
        {
            _loading = false;
            Reschedule();
        }
    }

    private async Task ReadAsync()
    {
        WallDisplayReading? reading;
        try
        {
            reading = await Gate.ReadAsync(Token);
        }
        catch (Exception ex) when (!IsDisposed())
        {
            // The database away for a moment: keep showing what the wall had (the browser marks it stale once it is
            // older than StaleAfterSeconds) and try again soon, rather than showing an error on the TV.
            Logger.LogWarning(ex, "A wall display could not read its figures; it keeps the previous ones and tries again");
            _waiting = _reading is null;
            _nextReadAt = Clock.GetUtcNow() + FailedReadRetry;
            return;
        }

        _waiting = false;
        _reading = reading;
        if (reading is null)
        {
            _schedule = null;
            _nextReadAt = Clock.GetUtcNow() + DeniedRecheck;
            return;
        }

        _displayId = reading.DisplayId;
        var panels = Math.Max(1, reading.Rotation.Panels.Count);
        var interval = TimeSpan.FromSeconds(reading.Rotation.IntervalSeconds);
        if (_schedule is null || !_schedule.Matches(panels, interval))
        {
            _schedule = new WallRotationSchedule(panels, interval, Clock);
        }

        _position = _schedule.Current;
        var next = reading.AsOf + TimeSpan.FromSeconds(reading.StaleAfterSeconds / 2.0);
        _nextReadAt = reading.ExpiresAt is { } expires && expires < next ? expires : next;
    }

    private async Task TickSafelyAsync()
    {
        try
        {
            await InvokeAsync(TickAsync);
        }
        catch (Exception ex) when (!IsDisposed())
        {
            Logger.LogWarning(ex, "A wall display's tick failed; it carries on with the next one");
            Reschedule();
        }
        catch (Exception)
        {
            // The wall went (its circuit or renderer is gone): nothing left to tick.
        }
    }

    private async Task TickAsync()
    {
        if (IsDisposed() || _loading)
        {
            // A read in progress reschedules when it ends.
            return;
        }

        if (Clock.GetUtcNow() >= _nextReadAt)
        {
            await ReloadAsync();
            return;
        }

        if (_schedule is not null && _schedule.Current is var position && position.Step != _position.Step)
        {
            _position = position;
            StateHasChanged();
        }

        Reschedule();
    }

    /// <summary>Arms the one timer for the next panel change or the next read, whichever is sooner.</summary>
    private void Reschedule()
    {
        lock (_gate)
        {
            if (_disposed || _timer is null || _loading)
            {
                return;
            }

            var now = Clock.GetUtcNow();
            var due = _nextReadAt - now;
            if (_reading is not null && _schedule is { PanelCount: > 1 } schedule && schedule.At(now).Left < due)
            {
                due = schedule.At(now).Left;
            }

            _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
    }

    private Task OnDisplayChangedAsync(WallDisplayChanged change) =>
        change.Id == _displayId && !IsDisposed() ? InvokeAsync(ReloadAsync) : Task.CompletedTask;

    private bool IsDisposed()
    {
        lock (_gate)
        {
            return _disposed;
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _displayChanges?.Dispose();
        _timer?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stop", _root);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The TV is gone; so is the module.
            }
        }
    }
}
