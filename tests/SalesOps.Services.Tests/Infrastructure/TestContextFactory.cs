using Microsoft.EntityFrameworkCore;
using SalesOps.Data;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>A fresh context per call, as the app's factory gives one per operation.</summary>
public sealed class TestContextFactory(DbContextOptions<SalesOpsDbContext> options) : IDbContextFactory<SalesOpsDbContext>
{
    private readonly DbContextOptions<SalesOpsDbContext> _options = options;

    public SalesOpsDbContext CreateDbContext() => new(_options);
}
