using Microsoft.Extensions.Logging.Abstractions;
using SalesOps.Services.Configuration;
using SalesOps.Services.Health;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Health;

/// <summary>The health services wired over a test database and its fake clock, as the app wires them.</summary>
internal static class HealthTestServices
{
    public static HealthSnapshotService Snapshots(TestDatabase database) =>
        new(database.Factory, new CrmConfigurationProvider(database.Factory), database.Clock, NullLogger<HealthSnapshotService>.Instance);
}
