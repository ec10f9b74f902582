using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class HandoffItemConfiguration : IEntityTypeConfiguration<HandoffItem>
{
    public void Configure(EntityTypeBuilder<HandoffItem> b)
    {
        b.Property(x => x.Key).HasMaxLength(100);
        b.Property(x => x.Label).HasMaxLength(300);
        b.Property(x => x.Value).HasMaxLength(4000);
        b.Ignore(x => x.IsDone);
        b.HasOne(x => x.CompletedBy).WithMany().HasForeignKey(x => x.CompletedById).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.HandoffId, x.Stage, x.Order });
    }
}
