namespace SalesOps.Core.Domain;

/// <summary>
/// Values the system computes from other records (support fields from tickets, health from snapshots). They are not
/// changes anybody made: they are not audited and do not renew a record's concurrency version.
/// </summary>
public interface IDerivedValues;
