namespace SalesOps.Core.Domain;

/// <summary>
/// A record people edit. <see cref="Version"/> is an optimistic-concurrency token renewed on every save,
/// so two people editing the same record cannot overwrite each other silently (works on every provider,
/// unlike SQL Server's rowversion).
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
