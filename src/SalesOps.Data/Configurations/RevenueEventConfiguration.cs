using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class RevenueEventConfiguration : IEntityTypeConfiguration<RevenueEvent>
{
    public void Configure(EntityTypeBuilder<RevenueEvent> b)
    {
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne(x => x.Account).WithMany(a => a.RevenueEvents).HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Opportunity).WithMany().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.AccountId, x.Date });
        b.HasIndex(x => new { x.Date, x.Type });
    }
}
