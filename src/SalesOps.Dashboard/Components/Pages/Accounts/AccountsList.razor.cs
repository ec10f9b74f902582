using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Services.Accounts;

namespace SalesOps.Dashboard.Components.Pages.Accounts;

/// <summary>
/// The accounts list. Filters live in the query string (so a filtered list can be linked and survives back/forward);
/// paging and sorting are the grid's; all of it runs in the database through <see cref="IAccountService"/>.
/// </summary>
public partial class AccountsList
{
    private MudDataGrid<AccountListItem>? _grid;
    private IReadOnlyList<TeamMemberOption> _csms = [];
    private IReadOnlyList<TeamMemberOption> _owners = [];
    private bool _loading;
    private int _total = -1;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "segment")]
    public string? SegmentText { get; set; }

    [SupplyParameterFromQuery(Name = "tier")]
    public string? TierText { get; set; }

    [SupplyParameterFromQuery(Name = "lifecycle")]
    public string? LifecycleText { get; set; }

    [SupplyParameterFromQuery(Name = "csm")]
    public int? Csm { get; set; }

    [SupplyParameterFromQuery(Name = "owner")]
    public int? Owner { get; set; }

    private Segment? Segment => Enum.TryParse<Segment>(SegmentText, true, out var v) ? v : null;

    private SupportTier? Tier => Enum.TryParse<SupportTier>(TierText, true, out var v) ? v : null;

    private Lifecycle? Lifecycle => Enum.TryParse<Lifecycle>(LifecycleText, true, out var v) ? v : null;

    private bool HasFilters => !string.IsNullOrWhiteSpace(Q) || Segment is not null || Tier is not null || Lifecycle is not null || Csm is not null || Owner is not null;

    private string CountText => _total < 0 ? "" : _total == 1 ? "1 account" : $"{_total:N0} accounts";

    protected override async Task OnInitializedAsync()
    {
        _csms = await Accounts.GetTeamAsync(TeamRole.Success);
        _owners = await Accounts.GetTeamAsync(TeamRole.Sales);
    }

    protected override async Task OnParametersSetAsync()
    {
        // Query-string changes (filters, back/forward) arrive here; the grid then asks for its first page again.
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task<GridData<AccountListItem>> LoadAsync(GridState<AccountListItem> state, CancellationToken ct)
    {
        _loading = true;
        try
        {
            var sort = state.SortDefinitions.FirstOrDefault();
            var result = await Accounts.SearchAsync(new AccountQuery
            {
                Search = Q,
                Segment = Segment,
                SupportTier = Tier,
                Lifecycle = Lifecycle,
                CsmId = Csm,
                OwnerId = Owner,
                Sort = SortFor(sort?.SortBy),
                Descending = sort?.Descending ?? false,
                Page = state.Page,
                PageSize = state.PageSize,
            }, ct);
            _total = result.TotalCount;
            return new GridData<AccountListItem> { Items = result.Items, TotalItems = result.TotalCount };
        }
        finally
        {
            _loading = false;
        }
    }

    internal static AccountSort SortFor(string? column) => column switch
    {
        nameof(AccountListItem.Segment) => AccountSort.Segment,
        nameof(AccountListItem.Arr) => AccountSort.Arr,
        nameof(AccountListItem.RenewalDate) => AccountSort.RenewalDate,
        nameof(AccountListItem.Lifecycle) => AccountSort.Lifecycle,
        nameof(AccountListItem.SupportTier) => AccountSort.SupportTier,
        nameof(AccountListItem.OpenTickets) => AccountSort.OpenTickets,
        nameof(AccountListItem.Csat) => AccountSort.Csat,
        nameof(AccountListItem.OwnerName) => AccountSort.Owner,
        nameof(AccountListItem.CsmName) => AccountSort.Csm,
        _ => AccountSort.Name,
    };

    private void SetFilter(string name, string? value)
    {
        var key = name switch
        {
            nameof(Q) => "q",
            nameof(Segment) => "segment",
            nameof(Tier) => "tier",
            nameof(Lifecycle) => "lifecycle",
            nameof(Csm) => "csm",
            _ => "owner",
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(key, string.IsNullOrWhiteSpace(value) ? null : value), replace: true);
    }

    private void ClearFilters() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = null, ["segment"] = null, ["tier"] = null, ["lifecycle"] = null, ["csm"] = null, ["owner"] = null,
        }), replace: true);

    private static Color TierColor(SupportTier tier) => tier switch
    {
        SupportTier.Vip => Color.Secondary,
        SupportTier.Priority => Color.Info,
        _ => Color.Default,
    };
}
