using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class HandoffDeliverableConfiguration : IEntityTypeConfiguration<HandoffDeliverable>
{
    public void Configure(EntityTypeBuilder<HandoffDeliverable> b)
    {
        b.Property(x => x.Description).HasMaxLength(1000);
        b.HasIndex(x => new { x.HandoffId, x.DueDate });
    }
}
