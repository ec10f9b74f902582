using Microsoft.EntityFrameworkCore;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Audit;

/// <summary>Generated demo data is not a change anybody made: it must not flood the audit trail.</summary>
public sealed class DemoSeedingAuditTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    [Fact]
    public async Task Demo_seeding_writes_no_audit_entries()
    {
        await using var db = fixture.Database.CreateContext();

        Assert.True(await db.Accounts.AnyAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }
}
