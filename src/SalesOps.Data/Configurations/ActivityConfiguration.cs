using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.HasOne(x => x.Account).WithMany(a => a.Activities).HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Contact).WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Opportunity>().WithMany().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.LoggedBy).WithMany().HasForeignKey(x => x.LoggedById).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.AccountId, x.OccurredAt });
        b.HasIndex(x => new { x.Type, x.OccurredAt });
    }
}
