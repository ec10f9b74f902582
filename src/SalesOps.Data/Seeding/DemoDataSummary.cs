namespace SalesOps.Data.Seeding;

/// <summary>Counts of what the generator wrote.</summary>
public sealed record DemoDataSummary(
    int TeamMembers,
    int Accounts,
    int Contacts,
    int Opportunities,
    int Activities,
    int Tickets,
    int UnlinkedTickets,
    int UsageSnapshots,
    int RevenueEvents,
    int Handoffs,
    int ExpansionSignals,
    TimeSpan Elapsed)
{
    public override string ToString() =>
        $"{Accounts:N0} accounts, {Contacts:N0} contacts, {Opportunities:N0} opportunities, {Activities:N0} activities, " +
        $"{Tickets:N0} tickets ({UnlinkedTickets:N0} unlinked), {UsageSnapshots:N0} usage snapshots, {RevenueEvents:N0} revenue events, " +
        $"{Handoffs:N0} handoffs, {ExpansionSignals:N0} expansion signals, {TeamMembers:N0} team members in {Elapsed.TotalSeconds:N1} s";
}
