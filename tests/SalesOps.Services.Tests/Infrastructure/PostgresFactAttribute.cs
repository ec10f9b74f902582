namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>
/// A fact that runs against PostgreSQL. Skipped when no server is configured, unless the run requires one:
/// then it runs and fails, so a CI job that should test PostgreSQL cannot pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresEnvironment.IsConfigured && !PostgresEnvironment.IsRequired)
        {
            Skip = $"{PostgresEnvironment.ConnectionVariable} not set";
        }
    }
}
