using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Domain).HasMaxLength(253);
        b.Property(x => x.Industry).HasMaxLength(100);
        b.Property(x => x.Plan).HasMaxLength(100);
        b.Property(x => x.CrmId).HasMaxLength(64);
        b.Property(x => x.HelpDeskOrganizationId).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();

        b.ComplexProperty(x => x.Limits, l =>
        {
            l.Property(p => p.Seats).HasColumnName("PlanSeats");
            l.Property(p => p.ApiCallsPerMonth).HasColumnName("PlanApiCallsPerMonth");
            l.Property(p => p.StorageGb).HasColumnName("PlanStorageGb");
            l.Property(p => p.Projects).HasColumnName("PlanProjects");
        });
        b.ComplexProperty(x => x.Support, s =>
        {
            s.Property(p => p.CsatLast90Days).HasColumnName("SupportCsatLast90Days");
            s.Property(p => p.CsatResponsesLast90Days).HasColumnName("SupportCsatResponsesLast90Days");
            s.Property(p => p.OpenTicketCount).HasColumnName("SupportOpenTicketCount");
            s.Property(p => p.LastInteractionAt).HasColumnName("SupportLastInteractionAt");
            s.Property(p => p.EscalationCount).HasColumnName("SupportEscalationCount");
            s.Property(p => p.EscalationsLast90Days).HasColumnName("SupportEscalationsLast90Days");
            s.Property(p => p.LastEscalationAt).HasColumnName("SupportLastEscalationAt");
            s.Property(p => p.HasOpenEscalation).HasColumnName("SupportHasOpenEscalation");
            s.Property(p => p.ComputedAt).HasColumnName("SupportComputedAt");
        });

        b.ComplexProperty(x => x.Health, h =>
        {
            h.Property(p => p.Score).HasColumnName("HealthScore");
            h.Property(p => p.Band).HasColumnName("HealthBand");
            h.Property(p => p.Confidence).HasColumnName("HealthConfidence");
            h.Property(p => p.IsAtRisk).HasColumnName("HealthIsAtRisk");
            h.Property(p => p.ArrAtStake).HasColumnName("HealthArrAtStake");
            h.Property(p => p.ComputedAt).HasColumnName("HealthComputedAt");
        });

        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.Csm).WithMany().HasForeignKey(x => x.CsmId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(x => x.PrimarySupportContact).WithMany().HasForeignKey(x => x.PrimarySupportContactId)
            .OnDelete(DeleteBehavior.NoAction);

        // The dashboards' queries: renewals by date, books of business by owner/CSM, segment filters, name search.
        b.HasIndex(x => x.RenewalDate);
        // Also IX_Accounts_RenewalDate_Health (RenewalDate, Lifecycle, HealthBand, HealthIsAtRisk, HealthArrAtStake, Arr):
        // the renewal pipeline reads it alone instead of visiting most account rows. The DashboardIndexes migration creates
        // it by column name, as EF 10 cannot model an index over complex-type columns (dotnet/efcore#31246); a migration
        // that rebuilds this table on SQLite must create it again.
        b.HasIndex(x => new { x.OwnerId, x.RenewalDate });
        b.HasIndex(x => new { x.CsmId, x.RenewalDate });
        b.HasIndex(x => new { x.Segment, x.RenewalDate });
        b.HasIndex(x => x.Name);
        b.HasIndex(x => x.Domain);
        b.HasIndex(x => x.CrmId);
    }
}
