namespace SalesOps.Data.Changes;

/// <summary>Accounts whose tickets, usage, activities or signals a save changed, and which kinds changed.</summary>
public sealed record AccountFactsChange(IReadOnlyDictionary<int, AccountFactKinds> Accounts)
{
    /// <summary>The accounts whose tickets changed (their derived support fields must follow).</summary>
    public IReadOnlyCollection<int> WithTicketChanges =>
        [.. Accounts.Where(a => a.Value.HasFlag(AccountFactKinds.Tickets)).Select(a => a.Key)];
}
