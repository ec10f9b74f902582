using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesOps.Data.SqlServer;

/// <summary>Lets `dotnet ef` build the SqlServer model without the app; the connection string is never opened for scripting.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SalesOpsDbContext>
{
    public SalesOpsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SalesOpsDbContext>();
        builder.UseSalesOpsDatabase(DatabaseProvider.SqlServer, "Server=localhost;Database=SalesOps;Trusted_Connection=True;TrustServerCertificate=True");
        return new SalesOpsDbContext(builder.Options);
    }
}
