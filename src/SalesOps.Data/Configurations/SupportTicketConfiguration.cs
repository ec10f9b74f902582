using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class SupportTicketConfiguration : IEntityTypeConfiguration<SupportTicket>
{
    public void Configure(EntityTypeBuilder<SupportTicket> b)
    {
        b.Property(x => x.ExternalId).HasMaxLength(64);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.RequesterEmail).HasMaxLength(320);
        b.Property(x => x.OrganizationName).HasMaxLength(200);
        b.Property(x => x.EscalationReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.IsEscalated);
        b.HasOne(x => x.Account).WithMany(a => a.Tickets).HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Assignee).WithMany().HasForeignKey(x => x.AssigneeId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.AccountId, x.CreatedAt });
        b.HasIndex(x => new { x.AccountId, x.SolvedAt });
        // With the escalation in the index, the dashboards count open and open escalated tickets without reading tickets.
        b.HasIndex(x => new { x.Status, x.CreatedAt, x.EscalatedAt });
        b.HasIndex(x => x.CreatedAt);
        b.HasIndex(x => x.SolvedAt);
        b.HasIndex(x => x.EscalatedAt);
        b.HasIndex(x => x.ExternalId);
    }
}
