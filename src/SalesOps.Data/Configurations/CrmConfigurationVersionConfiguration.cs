using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class CrmConfigurationVersionConfiguration : IEntityTypeConfiguration<CrmConfigurationVersion>
{
    public void Configure(EntityTypeBuilder<CrmConfigurationVersion> b)
    {
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.HasIndex(x => x.Version).IsUnique();
    }
}
