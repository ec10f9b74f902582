namespace SalesOps.Services.Common;

/// <summary>One page of a server-side list and the total number of rows that match.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
