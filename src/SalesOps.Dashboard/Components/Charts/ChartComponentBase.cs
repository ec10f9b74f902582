using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace SalesOps.Dashboard.Components.Charts;

/// <summary>
/// What every chart shares: its data and title, the canvas that <c>wwwroot/js/charts.js</c> draws on, redrawing only
/// when the configuration changed, and releasing the Chart.js instance when the component goes away. A chart builds
/// its whole Chart.js configuration in <see cref="BuildConfig"/>, so what JavaScript receives can be tested.
/// </summary>
public abstract class ChartComponentBase : ComponentBase, IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;
    private string? _drawn;

    /// <summary>The canvas the chart draws on (bound with <c>@ref</c>).</summary>
    protected ElementReference Canvas { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public IReadOnlyList<string> Labels { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    [CascadingParameter(Name = "DarkMode")]
    public bool Dark { get; set; }

    /// <summary>The Chart.js configuration for <paramref name="theme"/>.</summary>
    internal abstract object BuildConfig(ChartTheme theme);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // A parent re-renders for many reasons; the chart is redrawn (and re-animated) only when what it shows changed.
        var config = BuildConfig(ChartTheme.For(Dark));
        var json = JsonSerializer.Serialize(config);
        if (json == _drawn)
        {
            return;
        }

        _drawn = json;
        try
        {
            _module ??= JS.InvokeAsync<IJSObjectReference>("import", LineChart.ModulePath).AsTask();
            await (await _module).InvokeAsync<bool>("render", Canvas, config);
        }
        catch (JSDisconnectedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            var module = await _module;
            await module.InvokeVoidAsync("destroy", Canvas);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
