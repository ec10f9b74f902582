namespace SalesOps.Data.Seeding;

/// <summary>The reference scales of DESIGN.md as generator options (the demo company is <c>new DemoDataOptions()</c>).</summary>
public static class DemoDataScales
{
    public const int LAccounts = 100_000;

    /// <summary>
    /// Scale L: per account about 3 contacts, 10 activities and 10 tickets (100,000 accounts: 300,000 contacts,
    /// 1,000,000 activities, 1,000,000 tickets) and 26 weekly usage snapshots. Deals are the demo company's: about 4.5
    /// per account with their renewal history, so more than L's 250,000 opportunities.
    /// </summary>
    public static DemoDataOptions L(int accounts = LAccounts, double ticketFactor = 1) => new()
    {
        Accounts = accounts,
        BatchSize = 2_000,
        ContactVolume = 0.75,
        ActivityVolume = 0.65,
        TicketVolume = 0.45 * ticketFactor,
    };
}
