namespace SalesOps.Services.Accounts;

/// <summary>Keeps the support fields stored on accounts equal to what their tickets say.</summary>
internal interface ISupportFieldsService
{
    /// <summary>Recomputes the derived support fields of the given accounts from their tickets.</summary>
    Task RefreshAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default);

    /// <summary>Recomputes every account, in batches (the 90-day CSAT window moves with the clock).</summary>
    Task<int> RefreshAllAsync(CancellationToken ct = default);
}
