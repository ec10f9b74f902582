using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;
using SalesOps.Services.Handoffs;
using BoardPage = SalesOps.Services.Handoffs.HandoffBoard;

namespace SalesOps.Dashboard.Components.Pages.Handoffs;

/// <summary>
/// Every handoff by stage and status with its age, owner, CSM, progress and SLA; overdue ones first and marked. The
/// tiles are the analytics service's handoff metrics; filters live in the query string.
/// </summary>
public partial class HandoffBoard
{
    private const string OwnerKey = "owner";
    private const string CsmKey = "csm";
    private const string SegmentKey = "segment";
    private const string StageKey = "stage";
    private const string StatusKey = "status";
    private const string OverdueKey = "overdue";
    private const string InProgressValue = "in-progress";
    private const string CompletedValue = "completed";
    private const string AllValue = "all";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private MudDataGrid<HandoffBoardRow>? _grid;
    private HandoffMetrics? _metrics;
    private BoardPage? _board;
    private IReadOnlyList<TeamMemberOption> _owners = [];
    private IReadOnlyList<TeamMemberOption> _csms = [];
    private bool _loading;

    [Inject]
    private IHandoffService Handoffs { get; set; } = default!;

    [Inject]
    private IAnalyticsService Analytics { get; set; } = default!;

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    [SupplyParameterFromQuery(Name = OwnerKey)]
    public string? OwnerText { get; set; }

    [SupplyParameterFromQuery(Name = CsmKey)]
    public string? CsmText { get; set; }

    [SupplyParameterFromQuery(Name = SegmentKey)]
    public string? SegmentText { get; set; }

    [SupplyParameterFromQuery(Name = StageKey)]
    public string? StageText { get; set; }

    [SupplyParameterFromQuery(Name = StatusKey)]
    public string? StatusText { get; set; }

    [SupplyParameterFromQuery(Name = OverdueKey)]
    public string? OverdueText { get; set; }

    /// <summary>The filters as the query string says; a value the page cannot read is left out.</summary>
    internal HandoffBoardQuery Query => new()
    {
        OwnerId = int.TryParse(OwnerText, NumberStyles.None, Invariant, out var owner) ? owner : null,
        CsmId = int.TryParse(CsmText, NumberStyles.None, Invariant, out var csm) ? csm : null,
        Segment = Enum.TryParse<Segment>(SegmentText, ignoreCase: true, out var segment) && Enum.IsDefined(segment) ? segment : null,
        Stage = Enum.TryParse<HandoffStage>(StageText, ignoreCase: true, out var stage) && Enum.IsDefined(stage) ? stage : null,
        Status = StatusValue switch
        {
            CompletedValue => HandoffStatus.Completed,
            AllValue => null,
            _ => HandoffStatus.InProgress,
        },
        OverdueOnly = string.Equals(OverdueText, "true", StringComparison.OrdinalIgnoreCase),
    };

    private string StatusValue => StatusText?.ToLowerInvariant() switch
    {
        CompletedValue => CompletedValue,
        AllValue => AllValue,
        _ => InProgressValue,
    };

    private bool HasFilters => Query is { OwnerId: null, CsmId: null, Segment: null, Stage: null, OverdueOnly: false } is false
        || StatusValue != InProgressValue;

    private string CountText => _board is null ? "" : _board.Rows.TotalCount == 1 ? "1 handoff" : $"{_board.Rows.TotalCount:N0} handoffs";

    private string OverdueHref => Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        [OverdueKey] = "true", [StatusKey] = null, [StageKey] = null,
    });

    protected override async Task OnInitializedAsync()
    {
        _owners = await Accounts.GetTeamAsync(TeamRole.Sales);
        _csms = await Accounts.GetTeamAsync(TeamRole.Success);
        _metrics = await Analytics.GetHandoffMetricsAsync();
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    // Live: the tiles, and the board with its filters and page (its stage counts come with the rows).
    private async Task RefreshAsync()
    {
        _metrics = await Analytics.GetHandoffMetricsAsync();
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<GridData<HandoffBoardRow>> LoadAsync(GridState<HandoffBoardRow> state, CancellationToken ct)
    {
        _loading = true;
        try
        {
            _board = await Handoffs.GetBoardAsync(Query with { Page = state.Page, PageSize = state.PageSize }, ct);
            return new GridData<HandoffBoardRow> { Items = _board.Rows.Items, TotalItems = _board.Rows.TotalCount };
        }
        finally
        {
            _loading = false;
        }
    }

    private void OpenRow(DataGridRowClickEventArgs<HandoffBoardRow> args) => Navigation.NavigateTo($"handoffs/{args.Item.Id}");

    // Overdue rows carry an "Overdue" chip too; the tint only helps the eye find them.
    private static string RowStyle(HandoffBoardRow row, int index) =>
        row.IsOverdue ? "background-color: var(--mud-palette-error-hover); cursor: pointer;" : "cursor: pointer;";

    private static string RowClass(HandoffBoardRow row, int index) => row.IsOverdue ? "handoff-overdue" : "";

    private string StageHref(HandoffStage stage) => Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        [StageKey] = stage.ToString(), [StatusKey] = null,
    });

    private void SetFilter(string key, string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(key, string.IsNullOrWhiteSpace(value) ? null : value), replace: true);

    private void ClearFilters() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [OwnerKey] = null, [CsmKey] = null, [SegmentKey] = null, [StageKey] = null, [StatusKey] = null, [OverdueKey] = null,
        }), replace: true);

    private static string StatusName(string? value) => value switch
    {
        CompletedValue => "Completed",
        AllValue => "All",
        _ => "In progress",
    };

    private static string Percent(double? share) => share is { } s ? s.ToString("0%", Invariant) : "—";

    private static double Share(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
