using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NextStep).HasMaxLength(500);
        b.Property(x => x.CrmId).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsClosed);
        b.HasOne(x => x.Account).WithMany(a => a.Opportunities).HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(x => x.StageHistory).WithOne().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.Stage, x.CloseDate });
        b.HasIndex(x => new { x.AccountId, x.Type });
        b.HasIndex(x => new { x.OwnerId, x.Stage });
        b.HasIndex(x => x.CloseDate);
    }
}
