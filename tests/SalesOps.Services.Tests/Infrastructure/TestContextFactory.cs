using Microsoft.EntityFrameworkCore;
using SalesOps.Data;
using SalesOps.Data.Changes;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>A fresh context per call, as the app's factory gives one per operation.</summary>
public sealed class TestContextFactory(DbContextOptions<SalesOpsDbContext> options) : IDbContextFactory<SalesOpsDbContext>
{
    private readonly DbContextOptions<SalesOpsDbContext> _options = options;

    public SalesOpsDbContext CreateDbContext() => new(_options);

    /// <summary>A context that reports committed fact changes to <paramref name="listener"/>, as the app's factory wires it.</summary>
    public SalesOpsDbContext CreateDbContext(TimeProvider clock, IAccountFactsListener listener) => new(_options, clock, listener);
}
