using SalesOps.Core.Domain;

namespace SalesOps.Services.Configuration;

/// <summary>One account's health under one configuration, as much of it as a preview counts.</summary>
internal readonly record struct PreviewOutcome(int? Score, HealthBand? Band, bool AtRisk, decimal ArrAtStake);
