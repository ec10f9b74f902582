namespace SalesOps.Services.Configuration;

/// <summary>An exported configuration: the file name to save it under, its YAML text, and the version it holds.</summary>
public sealed record ConfigurationExport(string FileName, string Yaml, int Version);
