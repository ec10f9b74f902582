using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Api;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Components.Pages.AtRisk;

/// <summary>
/// At-risk customers with their reasons in words. Filters live in the query string (shared with the CSV export
/// through <see cref="AtRiskFilters"/>); sorting and paging are the grid's and run in the database.
/// </summary>
public partial class AtRisk
{
    private const string SegmentKey = "segment";
    private const string CsmKey = "csm";
    private const string OwnerKey = "owner";
    private const string RenewalKey = "renewal";
    private const string ReasonKey = "reason";
    private static readonly int[] RenewalWindows = [30, 60, 90, 180, 365];

    private MudDataGrid<AtRiskRow>? _grid;
    private IReadOnlyList<TeamMemberOption> _csms = [];
    private IReadOnlyList<TeamMemberOption> _owners = [];
    private bool _loading;
    private int _total = -1;

    [Inject]
    private IAnalyticsService Analytics { get; set; } = default!;

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = SegmentKey)]
    public string? SegmentText { get; set; }

    [SupplyParameterFromQuery(Name = CsmKey)]
    public string? CsmText { get; set; }

    [SupplyParameterFromQuery(Name = OwnerKey)]
    public string? OwnerText { get; set; }

    [SupplyParameterFromQuery(Name = RenewalKey)]
    public string? RenewalText { get; set; }

    [SupplyParameterFromQuery(Name = ReasonKey)]
    public string? ReasonText { get; set; }

    // A value the page cannot read is left out (the export endpoint reports it instead).
    private AtRiskQuery Filters => AtRiskFilters.Parse(key => key switch
    {
        SegmentKey => SegmentText,
        CsmKey => CsmText,
        OwnerKey => OwnerText,
        RenewalKey => RenewalText,
        _ => ReasonText,
    }, out _);

    private bool HasFilters => Filters is { Segment: null, CsmId: null, OwnerId: null, RenewalWithinDays: null, Reason: null } is false;

    private string ExportHref => ExportEndpoints.AtRiskCsvPath.TrimStart('/') + AtRiskFilters.ToQueryString(Filters);

    private string CountText => _total < 0 ? "" : _total == 1 ? "1 at-risk customer" : $"{_total:N0} at-risk customers";

    protected override async Task OnInitializedAsync()
    {
        _csms = await Accounts.GetTeamAsync(TeamRole.Success);
        _owners = await Accounts.GetTeamAsync(TeamRole.Sales);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    // Live: the grid asks again with its own sort, page and page size; the filters are in the query string.
    private async Task RefreshAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<GridData<AtRiskRow>> LoadAsync(GridState<AtRiskRow> state, CancellationToken ct)
    {
        _loading = true;
        try
        {
            var sort = state.SortDefinitions.FirstOrDefault();
            var result = await Analytics.GetAtRiskAsync(Filters with
            {
                Sort = SortFor(sort?.SortBy),
                Descending = sort?.Descending ?? true,
                Page = state.Page,
                PageSize = state.PageSize,
            }, ct);
            _total = result.TotalCount;
            return new GridData<AtRiskRow> { Items = result.Items, TotalItems = result.TotalCount };
        }
        finally
        {
            _loading = false;
        }
    }

    internal static AtRiskSort SortFor(string? column) => column switch
    {
        nameof(AtRiskRow.Arr) => AtRiskSort.Arr,
        nameof(AtRiskRow.Name) => AtRiskSort.Name,
        nameof(AtRiskRow.RenewalDate) => AtRiskSort.RenewalDate,
        nameof(AtRiskRow.Score) => AtRiskSort.Score,
        nameof(AtRiskRow.CsmName) => AtRiskSort.Csm,
        nameof(AtRiskRow.OwnerName) => AtRiskSort.Owner,
        _ => AtRiskSort.ArrAtStake,
    };

    private void SetFilter(string key, string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(key, string.IsNullOrWhiteSpace(value) ? null : value), replace: true);

    private void ClearFilters() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [SegmentKey] = null, [CsmKey] = null, [OwnerKey] = null, [RenewalKey] = null, [ReasonKey] = null,
        }), replace: true);
}
