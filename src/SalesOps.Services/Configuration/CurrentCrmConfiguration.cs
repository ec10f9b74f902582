using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration;

/// <summary>The configuration in force and its stored version (0 for the built-in defaults).</summary>
public sealed record CurrentCrmConfiguration(CrmConfiguration Configuration, int Version);
