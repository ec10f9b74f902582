using SalesOps.Core.Handoffs;
using SalesOps.Core.Security;
using SalesOps.Services.Security;

namespace SalesOps.Services.Handoffs;

/// <summary>
/// The sales → success handoff: the board, the guided checklist and its information transfer, the introduction
/// e-mail, and the summary the account page shows. Every write takes the version the person edited, so two people
/// working on one handoff never overwrite each other silently. Every stored write announces
/// <see cref="Events.HandoffsChanged"/> once committed (live pages reload on it); a refused one announces nothing.
/// </summary>
public interface IHandoffService
{
    /// <summary>One page of handoffs matching the query (overdue first, then oldest), and counts per stage.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<HandoffBoard> GetBoardAsync(HandoffBoardQuery query, CancellationToken ct = default);

    /// <summary>The handoff with its checklist, data, contacts to pick from and SLA; null when there is none.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<HandoffDetails?> GetAsync(int handoffId, CancellationToken ct = default);

    /// <summary>The account's latest handoff as support and success need it, or null when it has none.</summary>
    [RequiresPolicy(Policies.ViewCustomers)]
    Task<AccountHandoffSummary?> GetAccountSummaryAsync(int accountId, CancellationToken ct = default);

    /// <summary>
    /// Saves the wizard's data as a draft (any stage may be incomplete). Refused with every wrong field named, or as a
    /// conflict when someone saved after <paramref name="version"/>; nothing is saved then.
    /// </summary>
    [RequiresPolicy(Policies.EditHandoffs)]
    Task<HandoffResult> SaveAsync(int handoffId, HandoffInput input, Guid version, CancellationToken ct = default);

    /// <summary>Saves <paramref name="input"/> and completes the current stage in one step; refused, saving nothing, while required items are missing.</summary>
    [RequiresPolicy(Policies.EditHandoffs)]
    Task<HandoffResult> CompleteStageAsync(int handoffId, HandoffInput input, Guid version, CancellationToken ct = default);

    /// <summary>Adds a contact to the handoff's account (to name as a stakeholder); the handoff itself is unchanged.</summary>
    [RequiresPolicy(Policies.EditHandoffs)]
    Task<(ContactOption? Contact, string? Error)> AddContactAsync(int handoffId, NewContact contact, CancellationToken ct = default);

    /// <summary>The introduction e-mail drafted from the handoff, and whether the app can send it itself (SMTP configured).</summary>
    [RequiresPolicy(Policies.EditHandoffs)]
    Task<(IntroductionEmailDraft Draft, bool CanSend)?> GetIntroductionEmailAsync(int handoffId, CancellationToken ct = default);

    /// <summary>
    /// Records the introduction e-mail as sent: through the app's mail server when <paramref name="sendNow"/> (and SMTP
    /// is configured), or as sent by the person from their own mail client.
    /// </summary>
    [RequiresPolicy(Policies.EditHandoffs)]
    Task<HandoffResult> RecordIntroductionEmailAsync(int handoffId, IntroductionEmailDraft email, bool sendNow, Guid version, CancellationToken ct = default);
}
