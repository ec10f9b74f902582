using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesOps.Data.PostgreSql;

/// <summary>Lets `dotnet ef` build the PostgreSql model without the app; the connection string is never opened for scripting.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SalesOpsDbContext>
{
    public SalesOpsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SalesOpsDbContext>();
        builder.UseSalesOpsDatabase(DatabaseProvider.PostgreSql, "Host=localhost;Database=salesops;Username=salesops");
        return new SalesOpsDbContext(builder.Options);
    }
}
