using SalesOps.Core.Domain;

namespace SalesOps.Data.Seeding;

/// <summary>One batch of generated accounts and what hangs off them, written in one transaction.</summary>
internal sealed class DemoDataBatch
{
    public List<Account> Accounts { get; } = [];

    /// <summary>Account and contact point at each other, so the primary support contact is set once both have ids.</summary>
    public List<(Account Account, Contact Contact)> PrimaryContacts { get; } = [];

    public List<SupportTicket> UnlinkedTickets { get; } = [];
    public List<Handoff> Handoffs { get; } = [];
    public List<ExpansionSignal> Signals { get; } = [];
}
