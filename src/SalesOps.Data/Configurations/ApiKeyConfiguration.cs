using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.KeyHash).HasMaxLength(64);
        b.Property(x => x.Prefix).HasMaxLength(12);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.Ignore(x => x.IsActive);
        b.HasIndex(x => x.KeyHash).IsUnique();
    }
}
