using SalesOps.Core.Domain;

namespace SalesOps.Services.Configuration;

/// <summary>Accounts in one band (null: not scored) under the configuration in force and under the candidate.</summary>
public sealed record HealthBandCount(HealthBand? Band, int Before, int After);
