using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class HealthSnapshotConfiguration : IEntityTypeConfiguration<HealthSnapshot>
{
    public void Configure(EntityTypeBuilder<HealthSnapshot> b)
    {
        b.HasOne<Account>().WithMany(a => a.HealthSnapshots).HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Explanation).HasMaxLength(8000);
        b.Property(x => x.AtRiskReasons).HasMaxLength(4000);
        // One snapshot per account and day: a recompute on the same day replaces it.
        b.HasIndex(x => new { x.AccountId, x.Date }).IsUnique();
        // The overview's portfolio trend sums scores per date over all snapshots and over the churned accounts' ones:
        // with the score in the index neither reads a snapshot row (over a million of them at scale L).
        b.HasIndex(x => new { x.Date, x.Band, x.Score });
        b.HasIndex(x => new { x.AccountId, x.Date, x.Score });
    }
}
