using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Support;
using SalesOps.Data;
using SalesOps.Services.Common;
using SalesOps.Services.Configuration;

namespace SalesOps.Services.Accounts;

public sealed class AccountService(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock) : IAccountService
{
    public const int MaxPageSize = 200;
    private const int RecentActivities = 25;
    private const int RecentTickets = 50;

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;

    public async Task<PagedResult<AccountListItem>> SearchAsync(AccountQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var accounts = db.Accounts.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            accounts = accounts.Where(a => a.Name.ToLower().Contains(term) || a.Domain.ToLower().Contains(term));
        }

        if (query.SupportTier is { } tier)
        {
            accounts = accounts.Where(a => a.SupportTier == tier);
        }

        if (query.Lifecycle is { } lifecycle)
        {
            accounts = accounts.Where(a => a.Lifecycle == lifecycle);
        }

        accounts = accounts.InSegmentAndBook(query.Segment, query.CsmId, query.OwnerId);
        var total = await accounts.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(0, query.Page);

        var items = await Sort(accounts, query.Sort, query.Descending)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(a => new AccountListItem(
                a.Id, a.Name, a.Domain, a.Segment, a.Region, a.Plan, a.Arr, a.RenewalDate, a.Lifecycle, a.SupportTier,
                a.Owner != null ? a.Owner.Name : null,
                a.Csm != null ? a.Csm.Name : null,
                a.Support.OpenTicketCount,
                a.Support.CsatLast90Days,
                a.Support.HasOpenEscalation))
            .ToListAsync(ct);

        return new PagedResult<AccountListItem>(items, total);
    }

    private static IOrderedQueryable<Account> Sort(IQueryable<Account> q, AccountSort sort, bool descending)
    {
        var sorted = sort switch
        {
            AccountSort.Segment => Order(q, a => a.Segment, descending),
            AccountSort.Arr => Order(q, a => a.Arr, descending),
            AccountSort.RenewalDate => Order(q, a => a.RenewalDate, descending),
            AccountSort.Lifecycle => Order(q, a => a.Lifecycle, descending),
            AccountSort.SupportTier => Order(q, a => a.SupportTier, descending),
            AccountSort.OpenTickets => Order(q, a => a.Support.OpenTicketCount, descending),
            AccountSort.Csat => Order(q, a => a.Support.CsatLast90Days, descending),
            AccountSort.Owner => Order(q, a => a.Owner != null ? a.Owner.Name : null, descending),
            AccountSort.Csm => Order(q, a => a.Csm != null ? a.Csm.Name : null, descending),
            _ => Order(q, a => a.Name, descending),
        };

        // A unique tie-breaker keeps paging stable when many rows share the sort value.
        return sort == AccountSort.Name ? sorted.ThenBy(a => a.Id) : sorted.ThenBy(a => a.Name).ThenBy(a => a.Id);
    }

    private static IOrderedQueryable<Account> Order<TKey>(IQueryable<Account> q, System.Linq.Expressions.Expression<Func<Account, TKey>> key, bool descending) =>
        descending ? q.OrderByDescending(key) : q.OrderBy(key);

    public async Task<AccountDetails?> GetAsync(int accountId, CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var a = await db.Accounts.AsNoTracking()
            .Where(x => x.Id == accountId)
            .Select(x => new
            {
                Account = x,
                OwnerName = x.Owner != null ? x.Owner.Name : null,
                CsmName = x.Csm != null ? x.Csm.Name : null,
            })
            .FirstOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        var account = a.Account;
        // Roles are stored as text; order them as the enum declares (decision makers first) after loading.
        var contacts = (await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId)
            .Select(c => new { View = new ContactView(c.Id, c.FirstName + " " + c.LastName, c.Title, c.Role, c.Email, c.Phone, c.Department), c.LastName, c.FirstName })
            .ToListAsync(ct))
            .OrderBy(c => c.View.Role).ThenBy(c => c.LastName, StringComparer.CurrentCulture).ThenBy(c => c.FirstName, StringComparer.CurrentCulture)
            .Select(c => c.View)
            .ToList();

        // The support fields shown here are derived from the tickets on every read, with the same calculator that
        // fills the stored copy, so the page can never disagree with the tickets below it.
        var facts = await db.SupportTickets.AsNoTracking().Where(t => t.AccountId == accountId)
            .Select(t => new TicketFacts(t.Status, t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.SolvedAt, t.Satisfaction, t.EscalatedAt))
            .ToListAsync(ct);
        var support = SupportFieldsCalculator.Derive(facts, _clock.GetUtcNow());

        var escalations = await db.SupportTickets.AsNoTracking()
            .Where(t => t.AccountId == accountId && t.EscalatedAt != null)
            .OrderByDescending(t => t.EscalatedAt)
            .Select(t => new EscalationView(t.Id, t.ExternalId, t.Subject, t.EscalatedAt!.Value, t.EscalationReason,
                t.Status != TicketStatus.Solved && t.Status != TicketStatus.Closed))
            .ToListAsync(ct);

        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.AccountId == accountId)
            .OrderByDescending(o => o.CloseDate)
            .Select(o => new OpportunityView(o.Id, o.Name, o.Type, o.Stage, o.Amount, o.CloseDate,
                o.Owner != null ? o.Owner.Name : null, o.StageHistory.Count))
            .ToListAsync(ct);

        var activities = await db.Activities.AsNoTracking().Where(x => x.AccountId == accountId)
            .OrderByDescending(x => x.OccurredAt)
            .Take(RecentActivities)
            .Select(x => new ActivityView(x.Id, x.Type, x.Subject, x.OccurredAt,
                x.Contact != null ? x.Contact.FirstName + " " + x.Contact.LastName : null,
                x.LoggedBy != null ? x.LoggedBy.Name : null))
            .ToListAsync(ct);

        var tickets = await db.SupportTickets.AsNoTracking().Where(t => t.AccountId == accountId)
            .OrderByDescending(t => t.CreatedAt)
            .Take(RecentTickets)
            .Select(t => new TicketView(t.Id, t.ExternalId, t.Subject, t.Priority, t.Status, t.CreatedAt, t.SolvedAt, t.Satisfaction, t.EscalatedAt != null))
            .ToListAsync(ct);

        var usage = await db.UsageSnapshots.AsNoTracking().Where(u => u.AccountId == accountId)
            .OrderBy(u => u.PeriodStart)
            .Select(u => new UsagePoint(u.PeriodStart, u.ActiveUsers, u.SeatsUsed, u.SeatsLicensed, u.DepartmentsActive, u.AdvancedFeatureUsers))
            .ToListAsync(ct);

        var primary = contacts.FirstOrDefault(c => c.Id == account.PrimarySupportContactId);
        var limits = account.Limits;
        // Tier labels, SLAs and which support fields to show come from the configuration in force.
        var supportSettings = (await CrmConfigurationProvider.ReadCurrentAsync(db, ct)).Configuration.Support;
        return new AccountDetails(
            account.Id, account.Name, account.Domain, account.Industry, account.Segment, account.Region, account.Plan,
            new PlanLimitsView(limits.Seats, limits.ApiCallsPerMonth, limits.StorageGb, limits.Projects),
            account.Arr, account.ContractStart, account.RenewalDate, account.Lifecycle, a.OwnerName, a.CsmName, account.CrmId,
            account.SupportTier, primary, support, escalations, contacts, opportunities, activities, tickets, facts.Count, usage,
            account.Version)
        {
            SupportSettings = supportSettings,
        };
    }

    public async Task<IReadOnlyList<TeamMemberOption>> GetTeamAsync(TeamRole? role = null, CancellationToken ct = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var members = db.TeamMembers.AsNoTracking().Where(m => m.IsActive);
        if (role is { } r)
        {
            members = members.Where(m => m.Role == r);
        }

        return await members.OrderBy(m => m.Name).Select(m => new TeamMemberOption(m.Id, m.Name, m.Role)).ToListAsync(ct);
    }

    public async Task<ServiceResult> UpdateSupportSettingsAsync(int accountId, SupportTier tier, int? primaryContactId, Guid version, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(tier))
        {
            return ServiceResult.Fail($"'{tier}' is not a support tier. Choose one of: {string.Join(", ", Enum.GetNames<SupportTier>())}.", "SupportTier");
        }

        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null)
        {
            return ServiceResult.Fail($"Account {accountId} does not exist.");
        }

        if (primaryContactId is { } contactId)
        {
            var contact = await db.Contacts.AsNoTracking()
                .Where(c => c.Id == contactId)
                .Select(c => new { c.AccountId, Name = c.FirstName + " " + c.LastName, AccountName = c.Account!.Name })
                .FirstOrDefaultAsync(ct);
            if (contact is null)
            {
                return ServiceResult.Fail($"Contact {contactId} does not exist.", "PrimarySupportContact");
            }

            if (contact.AccountId != accountId)
            {
                return ServiceResult.Fail(
                    $"{contact.Name} is a contact of {contact.AccountName}, not of {account.Name}. Choose one of {account.Name}'s contacts as the primary support contact.",
                    "PrimarySupportContact");
            }
        }

        // The version the person saw must still be the stored one; otherwise someone else saved in between.
        db.Entry(account).Property(a => a.Version).OriginalValue = version;
        account.SupportTier = tier;
        account.PrimarySupportContactId = primaryContactId;
        account.UpdatedAt = _clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
            return ServiceResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Fail($"{account.Name} was changed by someone else while you were editing. Reload the page to see their change, then try again.");
        }
    }
}
