using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Security;
using SalesOps.Services.Common;
using SalesOps.Services.Security;

namespace SalesOps.Services.Expansion;

/// <summary>
/// Support → sales expansion signals: logging one (by a rep, or by a help-desk integration with an idempotency key),
/// the account context beside the form, and the account manager's process (acknowledge, warm introduction, create the
/// opportunity, or dismiss with a reason). Logging notifies the account manager at once.
/// </summary>
public interface IExpansionSignalService
{
    /// <summary>
    /// Logs a signal and notifies the account manager. With an <paramref name="idempotencyKey"/> a replay of the same
    /// request (same <paramref name="requestHash"/>) returns the signal stored the first time, and a replay with another
    /// body is refused; nothing is ever stored twice.
    /// </summary>
    [RequiresPolicy(Policies.LogSignals)]
    Task<SignalResult> LogAsync(SignalInput input, string? idempotencyKey = null, string? requestHash = null, CancellationToken ct = default);

    [RequiresPolicy(Policies.ViewCustomers)]
    Task<SignalView?> GetAsync(int signalId, CancellationToken ct = default);

    /// <summary>One page of signals matching the query, newest first.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<PagedResult<SignalView>> ListAsync(SignalQuery query, CancellationToken ct = default);

    /// <summary>The account as the signal form shows it beside the fields; null when there is no such account.</summary>
    /// <summary>The triggers in use (the CRM configuration can switch some off), in the catalogue's order.</summary>
    [RequiresPolicy(Policies.LogSignals)]
    Task<IReadOnlyList<ExpansionTrigger>> GetTriggersInUseAsync(CancellationToken ct = default);

    [RequiresPolicy(Policies.ViewCustomers)]
    Task<SignalAccountContext?> GetAccountContextAsync(int accountId, CancellationToken ct = default);

    /// <summary>A warm-introduction e-mail drafted from the signal: to the customer's contact, copying the account manager.</summary>
    [RequiresPolicy(Policies.LogSignals)]
    Task<IntroductionEmailDraft?> GetIntroductionDraftAsync(int signalId, CancellationToken ct = default);

    [RequiresPolicy(Policies.WorkSignals)]
    Task<SignalResult> AcknowledgeAsync(int signalId, Guid version, CancellationToken ct = default);

    /// <summary>Records the warm introduction as made, keeping what was sent (<paramref name="introduction"/>) with the signal.</summary>
    [RequiresPolicy(Policies.WorkSignals)]
    Task<SignalResult> RecordIntroductionAsync(int signalId, Guid version, string? introduction = null, CancellationToken ct = default);

    /// <summary>Creates an expansion opportunity for the signal (owned by the account manager) and links it.</summary>
    [RequiresPolicy(Policies.WorkSignals)]
    Task<SignalResult> CreateOpportunityAsync(int signalId, string? name, decimal? amount, Guid version, CancellationToken ct = default);

    [RequiresPolicy(Policies.WorkSignals)]
    Task<SignalResult> DismissAsync(int signalId, string? reason, Guid version, CancellationToken ct = default);
}
