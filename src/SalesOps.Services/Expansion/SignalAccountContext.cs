using SalesOps.Core.Domain;

namespace SalesOps.Services.Expansion;

/// <summary>What a support rep sees beside the signal form: who the customer is, how they are doing and what they pay for.</summary>
public sealed record SignalAccountContext(
    int AccountId,
    string Name,
    Segment Segment,
    string Plan,
    PlanLimits Limits,
    int? SeatsUsed,
    long? ApiCalls,
    decimal? StorageUsedGb,
    int? HealthScore,
    HealthBand? HealthBand,
    SupportTier SupportTier,
    int OpenTickets,
    DateOnly RenewalDate,
    decimal Arr,
    string? AccountManager,
    string? Csm,
    IReadOnlyList<SignalView> OpenSignals);
