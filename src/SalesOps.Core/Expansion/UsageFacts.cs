namespace SalesOps.Core.Expansion;

/// <summary>An account's latest usage against its plan, as the detector reads it.</summary>
public sealed record UsageFacts(
    int SeatsUsed,
    int SeatsLicensed,
    long ApiCalls,
    long ApiCallLimit,
    decimal StorageUsedGb,
    int StorageLimitGb,
    int ActiveUsers,
    int AdvancedFeatureUsers,
    int DepartmentsActive,
    int UsersAtLimit);
