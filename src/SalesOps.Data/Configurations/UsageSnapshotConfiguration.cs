using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class UsageSnapshotConfiguration : IEntityTypeConfiguration<UsageSnapshot>
{
    public void Configure(EntityTypeBuilder<UsageSnapshot> b)
    {
        b.HasOne<Account>().WithMany(a => a.Usage).HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.AccountId, x.PeriodStart }).IsUnique();
        b.HasIndex(x => x.PeriodStart);
    }
}
