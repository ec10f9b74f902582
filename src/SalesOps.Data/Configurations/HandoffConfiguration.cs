using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class HandoffConfiguration : IEntityTypeConfiguration<Handoff>
{
    public void Configure(EntityTypeBuilder<Handoff> b)
    {
        b.Property(x => x.TemplateName).HasMaxLength(100);
        b.Property(x => x.GoalsAndUseCase).HasMaxLength(4000);
        b.Property(x => x.TechnicalRequirements).HasMaxLength(4000);
        b.Property(x => x.SpecialTerms).HasMaxLength(4000);
        b.Property(x => x.NextSteps).HasMaxLength(4000);
        b.Property(x => x.IntroductionEmailSentBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Account).WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Opportunity).WithMany().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.Csm).WithMany().HasForeignKey(x => x.CsmId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.HandoffId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Deliverables).WithOne().HasForeignKey(x => x.HandoffId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Stakeholders).WithOne().HasForeignKey(x => x.HandoffId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.OpportunityId).IsUnique();
        b.HasIndex(x => new { x.Status, x.Stage });
        b.HasIndex(x => x.AccountId);
    }
}
