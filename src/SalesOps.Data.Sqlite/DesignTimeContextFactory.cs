using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesOps.Data.Sqlite;

/// <summary>Lets `dotnet ef` build the Sqlite model without the app; the connection string is never opened for scripting.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SalesOpsDbContext>
{
    public SalesOpsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SalesOpsDbContext>();
        builder.UseSalesOpsDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new SalesOpsDbContext(builder.Options);
    }
}
