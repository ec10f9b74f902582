namespace SalesOps.Services.Configuration;

/// <summary>One stored configuration version: who saved it, when and why.</summary>
public sealed record ConfigurationVersionInfo(int Version, DateTimeOffset CreatedAt, string CreatedBy, string? Comment);
