using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Data.Identity;

namespace SalesOps.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.HasOne(x => x.TeamMember).WithMany().HasForeignKey(x => x.TeamMemberId).OnDelete(DeleteBehavior.NoAction);
    }
}
