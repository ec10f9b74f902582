using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Validation;
using SalesOps.Services.Accounts;
using SalesOps.Services.Expansion;

namespace SalesOps.Dashboard.Components.Pages.Expansion;

/// <summary>
/// Logs one expansion signal. The account is fixed (<see cref="AccountId"/>) or picked by type-ahead. The service
/// checks everything; its errors land under the fields they name. Each filled-in form carries an idempotency key, so
/// a retry after a lost answer never stores the signal twice.
/// </summary>
public partial class LogSignalForm
{
    internal const string AccountField = "account_id";
    internal const string TriggerField = "trigger";
    internal const string ContextField = "context";
    internal const string WordsField = "customer_words";
    internal const string SentimentField = "sentiment";
    internal const string TicketField = "ticket_id";
    internal const string EstimatedArrField = "estimated_arr";

    private const int TypeAheadSize = 10;

    private static readonly string[] FormFields = [AccountField, TriggerField, ContextField, WordsField, SentimentField, TicketField, EstimatedArrField];

    // Until the configuration is read every trigger shows; the ones switched off disappear then.
    private IReadOnlyList<ExpansionTrigger> _inUse = Enum.GetValues<ExpansionTrigger>();

    private IEnumerable<(string Name, IReadOnlyList<TriggerCatalog.Entry> Entries)> TriggerGroups =>
        new (string Name, IReadOnlyList<TriggerCatalog.Entry> Entries)[]
        {
            ("Usage-based", [.. TriggerCatalog.All.Where(t => t.UsageBased && _inUse.Contains(t.Trigger))]),
            ("Feedback-based", [.. TriggerCatalog.All.Where(t => !t.UsageBased && _inUse.Contains(t.Trigger))]),
        }.Where(g => g.Entries.Count > 0);

    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private AccountOption? _account;
    private SignalAccountContext? _accountContext;
    private bool _loadingContext;
    private ExpansionTrigger? _trigger;
    private string? _context;
    private string? _words;
    private Sentiment _sentiment = Sentiment.Positive;
    private long? _ticketId;
    private decimal? _estimatedArr;
    private string? _problem;
    private bool _saving;
    private string _idempotencyKey = NewKey();
    private ElementReference _form;
    private IJSObjectReference? _keyboard;
    private bool _focusPending = true;

    [Inject]
    private IExpansionSignalService Signals { get; set; } = default!;

    [Inject]
    private IAccountService Accounts { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The account the signal is about; without it the form asks for one by type-ahead.</summary>
    [Parameter]
    public int? AccountId { get; set; }

    /// <summary>Raised after the signal was stored (the form has reset itself by then).</summary>
    [Parameter]
    public EventCallback<SignalView> OnLogged { get; set; }

    /// <summary>When set, the form shows a Cancel button that raises it.</summary>
    [Parameter]
    public EventCallback OnCancel { get; set; }

    private string? ContextError => ErrorOf(ContextField) ?? OversizeError(ContextField);

    private string? WordsError => ErrorOf(WordsField) ?? OversizeError(WordsField);

    protected override async Task OnInitializedAsync() => _inUse = await Signals.GetTriggersInUseAsync();

    protected override async Task OnParametersSetAsync()
    {
        if (AccountId is { } id && _accountContext?.AccountId != id)
        {
            await LoadContextAsync(id);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_focusPending)
        {
            return;
        }

        // The first field takes the cursor: the account type-ahead, or the first trigger when the account is given
        // (radio buttons cannot autofocus).
        _focusPending = false;
        try
        {
            _keyboard ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/keyboard.js");
            if (_keyboard is not null)
            {
                await _keyboard.InvokeAsync<bool>("focusFirst", _form, AccountId is null ? "#signal-account" : "input[name=signal-trigger]");
            }
        }
        catch (JSDisconnectedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_keyboard is not null)
            {
                await _keyboard.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
        }

        GC.SuppressFinalize(this);
    }

    private string? ErrorOf(string field) => _errors.GetValueOrDefault(field);

    /// <summary>Too-long text is flagged while typing, in the validator's own words; empty fields only on submit.</summary>
    private string? OversizeError(string field)
    {
        var probe = new SignalInput(1, ExpansionTrigger.ApproachingPlanLimits, string.IsNullOrWhiteSpace(_context) ? "-" : _context, _words);
        return SignalInputValidator.Validate(probe).FirstOrDefault(e => e.Field == field)?.Message;
    }

    private async Task<IEnumerable<AccountOption>> SearchAccountsAsync(string? text, CancellationToken ct)
    {
        try
        {
            var page = await Accounts.SearchAsync(new AccountQuery { Search = text, PageSize = TypeAheadSize }, ct);
            return page.Items.Select(a => new AccountOption(a.Id, a.Name, a.Domain));
        }
        catch (OperationCanceledException)
        {
            // The person typed on; the newer search answers.
            return [];
        }
    }

    private async Task AccountChangedAsync(AccountOption? account)
    {
        _account = account;
        _errors.Remove(AccountField);
        _errors.Remove(TicketField);
        if (account is null)
        {
            _accountContext = null;
            return;
        }

        await LoadContextAsync(account.Id);
    }

    private async Task LoadContextAsync(int accountId)
    {
        _loadingContext = true;
        try
        {
            _accountContext = await Signals.GetAccountContextAsync(accountId);
            if (AccountId is not null)
            {
                _account = _accountContext is null ? null : new AccountOption(_accountContext.AccountId, _accountContext.Name, null);
                if (_accountContext is null)
                {
                    _errors[AccountField] = $"Account {accountId} does not exist.";
                }
            }
        }
        finally
        {
            _loadingContext = false;
        }
    }

    private void TriggerChanged(ExpansionTrigger? trigger)
    {
        _trigger = trigger;
        _errors.Remove(TriggerField);
    }

    private void ContextChanged(string? text)
    {
        _context = text;
        _errors.Remove(ContextField);
    }

    private void WordsChanged(string? text)
    {
        _words = text;
        _errors.Remove(WordsField);
    }

    private void SentimentChanged(Sentiment sentiment)
    {
        _sentiment = sentiment;
        _errors.Remove(SentimentField);
    }

    private void TicketChanged(long? ticket)
    {
        _ticketId = ticket;
        _errors.Remove(TicketField);
    }

    private void EstimatedArrChanged(decimal? arr)
    {
        _estimatedArr = arr;
        _errors.Remove(EstimatedArrField);
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if ((e.CtrlKey || e.MetaKey) && e.Key == "Enter")
        {
            await SubmitAsync();
        }
    }

    internal async Task SubmitAsync()
    {
        if (_saving)
        {
            return;
        }

        _problem = null;
        var input = new SignalInput(_account?.Id ?? AccountId ?? 0, _trigger ?? default, _context, _words, _sentiment, _ticketId, _estimatedArr);
        if (_account is null || _trigger is null)
        {
            // Nothing to send yet; say everything that is missing at once, in the validator's words where it has them.
            var errors = SignalInputValidator.Validate(input).Where(e => e.Field is not (AccountField or TriggerField)).ToList();
            if (_trigger is null)
            {
                errors.Insert(0, new FieldError(TriggerField, "Choose the trigger: what did the customer say or do?"));
            }

            if (_account is null && AccountId is null)
            {
                errors.Insert(0, new FieldError(AccountField, "Choose the account the signal is about."));
            }

            ShowErrors(errors);
            return;
        }

        _saving = true;
        try
        {
            var result = await Signals.LogAsync(input, _idempotencyKey, RequestHash(input));
            if (result is { Succeeded: true, Signal: { } signal })
            {
                await LoggedAsync(signal);
            }
            else if (result.Errors.Count > 0)
            {
                ShowErrors(result.Errors);
            }
            else
            {
                _problem = result.Message;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private void ShowErrors(IEnumerable<FieldError> errors)
    {
        _errors.Clear();
        var elsewhere = new List<string>();
        foreach (var error in errors)
        {
            if (FormFields.Contains(error.Field, StringComparer.Ordinal))
            {
                _errors.TryAdd(error.Field, error.Message);
            }
            else
            {
                elsewhere.Add(error.Message);
            }
        }

        _problem = elsewhere.Count == 0 ? null : string.Join(" ", elsewhere);
    }

    private async Task LoggedAsync(SignalView signal)
    {
        var who = signal.NotifiedAt is not null && signal.AccountManager is { } manager
            ? $"{manager} has been notified"
            : "the account has no account manager, so it waits on the expansion page";
        Snackbar.Add($"Signal logged — {who}", Severity.Success, options =>
        {
            options.Action = "Open";
            options.ActionColor = Color.Inherit;
            options.OnClick = _ =>
            {
                Navigation.NavigateTo($"expansion/signals/{signal.Id.ToString(CultureInfo.InvariantCulture)}");
                return Task.CompletedTask;
            };
        });
        Reset();
        if (AccountId is { } id)
        {
            // The new signal is now one of the account's open signals.
            await LoadContextAsync(id);
        }

        await OnLogged.InvokeAsync(signal);
    }

    private void Reset()
    {
        if (AccountId is null)
        {
            _account = null;
            _accountContext = null;
        }

        _trigger = null;
        _context = null;
        _words = null;
        _sentiment = Sentiment.Positive;
        _ticketId = null;
        _estimatedArr = null;
        _errors.Clear();
        _problem = null;
        _idempotencyKey = NewKey();
        _focusPending = true;
    }

    private static string NewKey() => "ui-" + Guid.NewGuid().ToString("N");

    /// <summary>What the key stands for: the same form sent again replays, a changed one is a new request.</summary>
    private static string RequestHash(SignalInput input)
    {
        var text = string.Join('\u001f',
            input.AccountId.ToString(CultureInfo.InvariantCulture), input.Trigger.ToString(), input.Context?.Trim() ?? "", input.CustomerWords?.Trim() ?? "",
            input.Sentiment.ToString(), input.TicketId?.ToString(CultureInfo.InvariantCulture) ?? "", input.EstimatedArr?.ToString(CultureInfo.InvariantCulture) ?? "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
