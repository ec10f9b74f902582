using SalesOps.Core.Domain;

namespace SalesOps.Services.Configuration;

/// <summary>How many accounts would go from one band to another (null: not scored); From == To means they stay.</summary>
public sealed record HealthBandMove(HealthBand? From, HealthBand? To, int Accounts);
