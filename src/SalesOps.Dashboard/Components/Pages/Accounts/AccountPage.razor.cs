using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Dashboard.Components.Charts;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Accounts;
using SalesOps.Services.Handoffs;

namespace SalesOps.Dashboard.Components.Pages.Accounts;

/// <summary>Account 360: key facts, the support fields, the handoff, contacts, deals, activities, tickets and usage.</summary>
public partial class AccountPage
{
    private AccountDetails? _account;
    private AccountHandoffSummary? _handoff;
    private bool _loaded;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    [Inject]
    private IHandoffService Handoffs { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private int? _loadedId;

    protected override async Task OnParametersSetAsync()
    {
        // Only a different account is loaded afresh: the layout passes parameters again when it learns the browser's time
        // zone, and reloading then would reset the tabs under a user's first click.
        if (_loadedId == Id)
        {
            return;
        }

        _loadedId = Id;
        _loaded = false;
        _account = null;
        _handoff = null;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _account = await Accounts.GetAsync(Id);
        _handoff = _account is null ? null : await Handoffs.GetAccountSummaryAsync(Id);
        _loaded = true;
        _breadcrumbs = [new("Accounts", "accounts"), new(_account?.Name ?? $"#{Id}", null, disabled: true)];
    }

    // Live: the handoff card and its overdue-deliverables alert follow the handoff (the health card follows health on its
    // own). Key facts and support fields stay as loaded: the support-settings form saves against the version shown.
    private async Task RefreshHandoffAsync()
    {
        if (_account is not null)
        {
            _handoff = await Handoffs.GetAccountSummaryAsync(Id);
        }
    }

    private string RenewalText(DateOnly renewal) => Labels.DaysFromToday(renewal, Clock);

    private static string OverdueText(int count) =>
        count == 1 ? "1 promised deliverable is overdue" : $"{count} promised deliverables are overdue";

    private static List<ChartSeries> UsageSeries(AccountDetails a) =>
    [
        new("Seats licensed", a.Usage.Select(u => (double?)u.SeatsLicensed).ToList(), "#9e9e9e", Dashed: true),
        new("Seats used", a.Usage.Select(u => (double?)u.SeatsUsed).ToList(), "#1e88e5"),
        new("Active users", a.Usage.Select(u => (double?)u.ActiveUsers).ToList(), "#43a047"),
        new("Advanced-feature users", a.Usage.Select(u => (double?)u.AdvancedFeatureUsers).ToList(), "#fb8c00"),
    ];
}
