using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Deals;

namespace SalesOps.Dashboard.Components.Pages.Accounts;

/// <summary>
/// The account's deals. Winning a new-business or expansion deal starts its handoff (the deal service does that in
/// the same transaction), so the confirmation says so and the result links to it. The service's refusals are shown
/// as it words them.
/// </summary>
public partial class AccountDeals
{
    private static readonly OpportunityStage[] OpenStages =
        [OpportunityStage.Prospecting, OpportunityStage.Qualification, OpportunityStage.Proposal, OpportunityStage.Negotiation];

    private IReadOnlyList<DealListItem>? _deals;
    private int? _loadedFor;
    private int? _busy;
    private string? _error;

    [Parameter, EditorRequired]
    public int AccountId { get; set; }

    /// <summary>Stage changes per deal id, from the account details (the deal list does not carry them).</summary>
    [Parameter]
    public IReadOnlyDictionary<int, int> StageChanges { get; set; } = new Dictionary<int, int>();

    /// <summary>Raised after a deal moved, so the page can refresh what depends on deals (the handoff card, counts).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IDealService Deals { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        // The page re-renders this with the same account after every save; only a different account needs a reload.
        if (_loadedFor != AccountId)
        {
            _loadedFor = AccountId;
            _deals = null;
            _error = null;
            _deals = await Deals.GetForAccountAsync(AccountId);
        }
    }

    private static bool IsOpen(OpportunityStage stage) => stage is not (OpportunityStage.ClosedWon or OpportunityStage.ClosedLost);

    internal async Task MoveAsync(DealListItem deal, OpportunityStage stage)
    {
        if (_busy is not null || !await ConfirmAsync(deal, stage))
        {
            return;
        }

        _busy = deal.Id;
        _error = null;
        try
        {
            var result = await Deals.ChangeStageAsync(deal.Id, stage, deal.Version);
            if (!result.Succeeded)
            {
                _error = result.Error;
            }
            else if (result.HandoffId is { } handoffId)
            {
                Snackbar.Add($"{deal.Name} is won. Its handoff to customer success has started.", Severity.Success, o =>
                {
                    o.Action = "Open handoff";
                    o.ActionColor = Color.Inherit;
                    o.CloseAfterNavigation = true;
                    o.OnClick = _ =>
                    {
                        Navigation.NavigateTo($"handoffs/{handoffId}");
                        return Task.CompletedTask;
                    };
                });
            }
            else
            {
                Snackbar.Add($"{deal.Name} moved to {Labels.Of(stage)}.", Severity.Success);
            }

            _deals = await Deals.GetForAccountAsync(AccountId);
        }
        finally
        {
            _busy = null;
        }

        await OnChanged.InvokeAsync();
    }

    // Closing is final (a closed deal cannot be reopened), and winning most deals hands the customer over: ask first.
    private async Task<bool> ConfirmAsync(DealListItem deal, OpportunityStage stage)
    {
        if (IsOpen(stage))
        {
            return true;
        }

        var (title, message, yes) = stage == OpportunityStage.ClosedWon
            ? ($"Mark {deal.Name} Closed Won?",
                deal.Type == OpportunityType.Renewal
                    ? "The renewal is recorded as won. A renewal does not start a handoff. A closed deal cannot be reopened."
                    : "A handoff to customer success starts for this deal: the deal owner and the account's CSM are notified and "
                      + "get its checklist. A closed deal cannot be reopened.",
                "Mark Closed Won")
            : ($"Mark {deal.Name} Closed Lost?", "A closed deal cannot be reopened.", "Mark Closed Lost");
        return await Dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: "Cancel") == true;
    }
}
