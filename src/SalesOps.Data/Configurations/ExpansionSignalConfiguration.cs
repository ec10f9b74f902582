using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;

namespace SalesOps.Data.Configurations;

internal sealed class ExpansionSignalConfiguration : IEntityTypeConfiguration<ExpansionSignal>
{
    public void Configure(EntityTypeBuilder<ExpansionSignal> b)
    {
        b.Property(x => x.Context).HasMaxLength(4000);
        b.Property(x => x.CustomerWords).HasMaxLength(4000);
        b.Property(x => x.Evidence).HasMaxLength(500);
        b.Property(x => x.DismissedReason).HasMaxLength(1000);
        b.Property(x => x.Introduction).HasMaxLength(SignalWorkflow.MaxIntroductionLength);
        b.Property(x => x.IdempotencyKey).HasMaxLength(200);
        b.Property(x => x.IdempotencyHash).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);
        b.HasOne(x => x.Account).WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SupportTicket>().WithMany().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.LoggedBy).WithMany().HasForeignKey(x => x.LoggedById).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.AccountManager).WithMany().HasForeignKey(x => x.AccountManagerId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.Opportunity).WithMany().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.AccountId, x.Trigger, x.Status });
        b.HasIndex(x => new { x.Status, x.LoggedAt });
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
    }
}
