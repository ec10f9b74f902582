using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Expansion;

namespace SalesOps.Dashboard.Components.Pages.Expansion;

/// <summary>
/// One signal: what the rep heard, the account it is about (health, ARR, renewal, plan and limits), the process so far
/// with its times, and — for people who work signals — the next steps. Every write carries the version on screen; a change by someone else meanwhile is reported, never overwritten.
/// </summary>
public partial class SignalDetail
{
    private SignalView? _signal;
    private SignalAccountContext? _accountContext;
    private bool _loaded;
    private bool _busy;
    private string? _conflict;
    private string? _problem;
    private string? _success;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private IExpansionSignalService Signals { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    protected override async Task OnParametersSetAsync()
    {
        _loaded = false;
        _signal = null;
        _accountContext = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _signal = await Signals.GetAsync(Id);
        // The account manager decides from the account's state too, not from the rep's note alone.
        _accountContext = _signal is null ? null : await Signals.GetAccountContextAsync(_signal.AccountId);
        _loaded = true;
        _conflict = null;
        _problem = null;
        _breadcrumbs = [new("Expansion", "expansion"), new(_signal is null ? $"#{Id}" : $"{_signal.AccountName}: signal #{Id}", null, disabled: true)];
    }

    private Task AcknowledgeAsync() => RunAsync(async s => await Signals.AcknowledgeAsync(s.Id, s.Version));

    private Task IntroduceAsync() => RunAsync(async s =>
    {
        var parameters = new DialogParameters<WarmIntroductionDialog> { { x => x.SignalId, s.Id }, { x => x.Version, s.Version } };
        return await ResultOf(await Dialogs.ShowAsync<WarmIntroductionDialog>("Warm introduction", parameters, Options(MaxWidth.Medium)));
    });

    private Task CreateOpportunityAsync() => RunAsync(async s =>
    {
        var parameters = new DialogParameters<CreateOpportunityDialog>
        {
            { x => x.Signal, s },
        };
        return await ResultOf(await Dialogs.ShowAsync<CreateOpportunityDialog>("Create the expansion opportunity", parameters, Options(MaxWidth.Small)));
    });

    private Task DismissAsync() => RunAsync(async s =>
    {
        var parameters = new DialogParameters<DismissSignalDialog> { { x => x.SignalId, s.Id }, { x => x.Version, s.Version } };
        return await ResultOf(await Dialogs.ShowAsync<DismissSignalDialog>("Dismiss the signal", parameters, Options(MaxWidth.Small)));
    });

    private async Task RunAsync(Func<SignalView, Task<SignalResult?>> step)
    {
        if (_signal is not { } signal || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            if (await step(signal) is { } result)
            {
                Apply(result);
                if (result.Outcome == SignalOutcome.Saved)
                {
                    // The panel lists the account's open signals; this one may have just left them.
                    _accountContext = await Signals.GetAccountContextAsync(signal.AccountId);
                }
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Apply(SignalResult result)
    {
        _success = null;
        _problem = null;
        switch (result.Outcome)
        {
            case SignalOutcome.Saved:
                _signal = result.Signal;
                _success = result.Message;
                break;
            case SignalOutcome.Conflict:
                _conflict = result.Message;
                break;
            default:
                _problem = result.Message;
                break;
        }
    }

    private static async Task<SignalResult?> ResultOf(IDialogReference dialog) =>
        await dialog.Result is { Canceled: false, Data: SignalResult result } ? result : null;

    private static DialogOptions Options(MaxWidth width) => new() { MaxWidth = width, FullWidth = true, BackdropClick = false };

    private string AcknowledgementText(SignalView s)
    {
        var due = Time.DateTime(s.AcknowledgementDue);
        return s switch
        {
            { AcknowledgementOverdue: true } => $"{due} — overdue, nobody has picked it up",
            { AcknowledgedAt: { } at } => $"{due} — acknowledged {Time.DateTime(at)}{(at <= s.AcknowledgementDue ? ", in time" : ", late")}",
            { IsOpen: true } => $"{due}",
            _ => $"{due}",
        };
    }
}
