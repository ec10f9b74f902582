using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class HandoffStakeholderConfiguration : IEntityTypeConfiguration<HandoffStakeholder>
{
    public void Configure(EntityTypeBuilder<HandoffStakeholder> b)
    {
        b.HasOne(x => x.Contact).WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.HandoffId, x.ContactId }).IsUnique();
    }
}
