using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

/// <summary>Accounts and ARR in one health band; <paramref name="Band"/> null is "not scored yet".</summary>
public sealed record BandSlice(HealthBand? Band, int Accounts, decimal Arr);
