using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SalesOps.Data.Startup;

/// <summary>Healthy when the database answers a query against our schema.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<SalesOpsDbContext> contextFactory, DatabaseConnection connection) : IHealthCheck
{
    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly DatabaseConnection _connection = connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            await db.TeamMembers.Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{_connection.Provider} database answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception goes to the log through the health-check publisher; the response says only what failed.
            return HealthCheckResult.Unhealthy($"{_connection.Provider} database does not answer", ex);
        }
    }
}
