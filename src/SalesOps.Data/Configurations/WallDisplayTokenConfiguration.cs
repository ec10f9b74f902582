using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class WallDisplayTokenConfiguration : IEntityTypeConfiguration<WallDisplayToken>
{
    public void Configure(EntityTypeBuilder<WallDisplayToken> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Prefix).HasMaxLength(12);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.Property(x => x.Rotation).HasMaxLength(60);
        b.HasIndex(x => x.TokenHash).IsUnique();
    }
}
