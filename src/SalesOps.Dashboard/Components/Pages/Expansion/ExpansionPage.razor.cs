using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Charts;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Analytics;
using SalesOps.Services.Expansion;

namespace SalesOps.Dashboard.Components.Pages.Expansion;

/// <summary>
/// Expansion opportunities: every figure comes from <see cref="IAnalyticsService.GetExpansionAsync"/> for the chosen
/// window; the signal list below pages in the database. The window and the list's filters live in the query string.
/// </summary>
public partial class ExpansionPage
{
    internal const string WindowKey = "window";
    internal const string StateKey = "state";
    internal const string TriggerKey = "trigger";
    internal const string SourceKey = "source";
    internal const string OverdueKey = "overdue";
    internal const string OpenState = "open";
    internal const string AllStates = "all";
    private const int DefaultWindow = AnalyticsService.ExpansionWindowDays;
    private const string SignalsColor = "#1e88e5";
    private const string OpportunitiesColor = "#fb8c00";
    private const string WonColor = "#43a047";
    private const string StateColor = "#5e35b1";

    private static readonly int[] Windows = [90, 180, 365];

    private MudDataGrid<SignalView>? _grid;
    private ExpansionOverview? _overview;
    private int? _loadedWindow;
    private bool _loading;
    private int _total = -1;

    [Inject]
    private IAnalyticsService Analytics { get; set; } = default!;

    [Inject]
    private IExpansionSignalService Signals { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    [SupplyParameterFromQuery(Name = WindowKey)]
    public string? WindowText { get; set; }

    [SupplyParameterFromQuery(Name = StateKey)]
    public string? StateText { get; set; }

    [SupplyParameterFromQuery(Name = TriggerKey)]
    public string? TriggerText { get; set; }

    [SupplyParameterFromQuery(Name = SourceKey)]
    public string? SourceText { get; set; }

    [SupplyParameterFromQuery(Name = OverdueKey)]
    public string? OverdueText { get; set; }

    private int Window => int.TryParse(WindowText, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Windows.Contains(days) ? days : DefaultWindow;

    /// <summary>The list's filters as the service reads them; a value the page cannot read is left out.</summary>
    internal SignalQuery Query => new()
    {
        Status = ParseEnum<SignalStatus>(StateText),
        AllStatuses = string.Equals(StateText, AllStates, StringComparison.OrdinalIgnoreCase),
        Trigger = ParseEnum<ExpansionTrigger>(TriggerText),
        Source = ParseEnum<SignalSource>(SourceText),
        AcknowledgementOverdueOnly = string.Equals(OverdueText, "true", StringComparison.OrdinalIgnoreCase),
    };

    private string StateValue => Query switch
    {
        { Status: { } status } => status.ToString(),
        { AllStatuses: true } => AllStates,
        _ => OpenState,
    };

    private bool HasFilters => Query is { Status: null, AllStatuses: false, Trigger: null, Source: null, AcknowledgementOverdueOnly: false } is false;

    private string CountText => _total switch
    {
        < 0 => "",
        1 => "1 signal",
        _ => $"{_total.ToString("N0", CultureInfo.InvariantCulture)} signals",
    };

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedWindow != Window)
        {
            _loadedWindow = Window;
            _overview = null;
            _overview = await Analytics.GetExpansionAsync(Window);
        }

        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    // Live: the figures for the same window (kept on screen until the new ones are there) and the list with its filters and page.
    private async Task RefreshAsync()
    {
        _overview = await Analytics.GetExpansionAsync(Window);
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<GridData<SignalView>> LoadAsync(GridState<SignalView> state, CancellationToken ct)
    {
        _loading = true;
        try
        {
            var page = await Signals.ListAsync(Query with { Page = state.Page, PageSize = state.PageSize }, ct);
            _total = page.TotalCount;
            return new GridData<SignalView> { Items = page.Items, TotalItems = page.TotalCount };
        }
        finally
        {
            _loading = false;
        }
    }

    private void OpenSignal(DataGridRowClickEventArgs<SignalView> e) =>
        Navigation.NavigateTo($"expansion/signals/{e.Item.Id.ToString(CultureInfo.InvariantCulture)}");

    private void SetFilter(string key, string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(key, string.IsNullOrWhiteSpace(value) ? null : value), replace: true);

    private void OverdueChanged(bool overdueOnly) => SetFilter(OverdueKey, overdueOnly ? "true" : null);

    private void ClearFilters() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [StateKey] = null, [TriggerKey] = null, [SourceKey] = null, [OverdueKey] = null,
        }), replace: true);

    /// <summary>This page with the list filtered to <paramref name="state"/> (null = open) and the window kept.</summary>
    private string FilterHref(string? state, bool overdue)
    {
        var query = new List<string>();
        if (Window != DefaultWindow)
        {
            query.Add($"{WindowKey}={Window.ToString(CultureInfo.InvariantCulture)}");
        }

        if (state is not null)
        {
            query.Add($"{StateKey}={state}");
        }

        if (overdue)
        {
            query.Add($"{OverdueKey}=true");
        }

        return "expansion" + (query.Count == 0 ? "" : "?" + string.Join('&', query)) + "#signals";
    }

    private static string StateLabel(string? value) => value switch
    {
        null or OpenState => "Open",
        AllStates => "All",
        _ => ParseEnum<SignalStatus>(value) is { } status ? SignalLabels.Of(status) : value,
    };

    private static TEnum? ParseEnum<TEnum>(string? text)
        where TEnum : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && !char.IsAsciiDigit(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : null;

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // Presentation only: a share the service already counted, as words.
    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "—";

    private static List<ChartSeries> FunnelSeries(IReadOnlyList<ExpansionFunnel<ExpansionTrigger>> rows) =>
    [
        new("Signals", rows.Select(r => (double?)r.Signals).ToList(), SignalsColor),
        new("Opportunities", rows.Select(r => (double?)r.WithOpportunity).ToList(), OpportunitiesColor),
        new("Won", rows.Select(r => (double?)r.Won).ToList(), WonColor),
    ];
}
