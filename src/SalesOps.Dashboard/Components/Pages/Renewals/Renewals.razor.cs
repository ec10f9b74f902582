using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Renewals;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Components.Pages.Renewals;

/// <summary>
/// The renewal pipeline of the next 12 months: ARR by band, forecast and ARR at risk per month or quarter, and the
/// renewals with their status. Aggregates and the list's paging run in the database.
/// </summary>
public partial class Renewals
{
    private MudDataGrid<RenewalRow>? _grid;
    private IReadOnlyList<TeamMemberOption> _csms = [];
    private IReadOnlyList<TeamMemberOption> _owners = [];
    private RenewalPipelineQuery _filters = new();
    private RenewalPipeline? _pipeline;
    private bool _byQuarter;
    private int _total = -1;

    [Inject]
    private IAnalyticsService Analytics { get; set; } = default!;

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    private string CountText => _total < 0 ? "" : _total == 1 ? "1 renewal" : $"{_total:N0} renewals";

    protected override async Task OnInitializedAsync()
    {
        _csms = await Accounts.GetTeamAsync(TeamRole.Success);
        _owners = await Accounts.GetTeamAsync(TeamRole.Sales);
        _pipeline = await Analytics.GetRenewalPipelineAsync(_filters with { PageSize = 1 });
    }

    private Task SetFiltersAsync(RenewalPipelineQuery filters)
    {
        _filters = filters;
        return RefreshAsync();
    }

    // Also the live reload: the same filters, month/quarter choice and the grid's own page.
    private async Task RefreshAsync()
    {
        _pipeline = await Analytics.GetRenewalPipelineAsync(_filters with { PageSize = 1 });
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<GridData<RenewalRow>> LoadAsync(GridState<RenewalRow> state, CancellationToken ct)
    {
        var result = await Analytics.GetRenewalPipelineAsync(_filters with { Page = state.Page, PageSize = state.PageSize }, ct);
        _total = result.Renewals.TotalCount;
        return new GridData<RenewalRow> { Items = result.Renewals.Items, TotalItems = result.Renewals.TotalCount };
    }

    private static decimal BandArr(RenewalPeriod period, HealthBand? band) =>
        period.ByBand.FirstOrDefault(b => b.Band == band)?.Arr ?? 0m;

    internal static Color StatusColor(RenewalStatus status) => status switch
    {
        RenewalStatus.Renewed => Color.Success,
        RenewalStatus.Committed => Color.Info,
        RenewalStatus.InProgress => Color.Primary,
        RenewalStatus.Churned => Color.Error,
        _ => Color.Default,
    };
}
