using Stopwatch = System.Diagnostics.Stopwatch;
using Bogus;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Support;

namespace SalesOps.Data.Seeding;

/// <summary>
/// Writes a believable software company's customer base: accounts across segments, tiers and regions with contacts,
/// deals in every stage, activities, tickets (some escalated, some unlinked), weekly usage, revenue events, handoffs
/// in flight and expansion signals. Deterministic: each account is drawn from its own seeded random source, and all
/// dates are relative to the injected clock, so the same options and clock give the same data at any batch size.
/// </summary>
public sealed class DemoDataGenerator(IDbContextFactory<SalesOpsDbContext> contextFactory, TimeProvider clock)
{
    private const int UsageWeeks = 26;
    private const string TeamDomain = "salesops.example";

    private static readonly string[] Industries =
    [
        "Software", "Financial Services", "Healthcare", "Retail", "Manufacturing", "Education", "Logistics",
        "Media", "Telecommunications", "Professional Services", "Energy", "Hospitality", "Public Sector", "Insurance",
    ];

    private static readonly string[] Departments =
        ["Engineering", "Operations", "Finance", "Marketing", "Sales", "Customer Support", "IT", "HR", "Legal", "Product"];

    private static readonly string[] TicketSubjects =
    [
        "Cannot log in after password reset", "SSO configuration failing with SAML error", "Export to CSV times out",
        "Dashboard loads slowly in the morning", "Question about API rate limits", "Webhook deliveries delayed",
        "How do we add more seats?", "Billing invoice shows the wrong address", "User cannot see shared project",
        "Integration with Salesforce stopped syncing", "Request: audit log export", "Mobile app crashes on upload",
        "Permissions for contractors", "Data import rejected some rows", "Feature request: custom fields on reports",
        "Need help setting up workflows", "Email notifications not arriving", "Storage limit warning",
        "Is there an on-premise option?", "Report totals differ from export", "Two-factor codes not accepted",
        "How to archive old projects", "Need a copy of the SOC 2 report", "Bulk edit changes not saved",
        "API returns 500 on pagination", "Timezone wrong on scheduled reports", "Attachment preview broken",
        "Advanced analytics module questions", "Training request for new team", "Calendar sync duplicates events",
    ];

    private static readonly string[] EscalationReasons =
    [
        "Production outage affecting all users", "Executive sponsor complained to account owner",
        "Data sync failure blocking month-end close", "Repeated SSO failures after fix was promised",
        "SLA breach on urgent ticket", "Security questionnaire blocking renewal", "Bug regression after release",
    ];

    private static readonly string[] ActivitySubjects =
    [
        "Quarterly business review", "Check-in call", "Renewal discussion", "Product roadmap walkthrough",
        "Onboarding session", "Follow-up on support escalation", "Pricing question", "Executive sponsor sync",
        "Training for new admins", "Usage review", "Sent success plan", "Shared release notes",
    ];

    private static readonly string[] SignalContexts =
    [
        "Customer asked during a ticket whether the Enterprise plan includes audit exports.",
        "Admin mentioned two more departments want access next quarter.",
        "Several power users are hitting the per-user automation limit every week.",
        "Customer praised the latest release and asked about a broader rollout.",
        "Team lead asked about pricing for additional storage.",
        "They want SSO for the whole company, currently only engineering uses it.",
    ];

    private static readonly string[] CustomerQuotes =
    [
        "We are running out of seats faster than we planned.",
        "Our finance team wants in as well - can we talk pricing?",
        "This has become essential for us, the other teams keep asking for access.",
        "Does the higher tier include the advanced reporting?",
        "We would love to roll this out to the whole company.",
        "We keep hitting the storage limit, what are our options?",
    ];

    private readonly IDbContextFactory<SalesOpsDbContext> _contextFactory = contextFactory;
    private readonly TimeProvider _clock = clock;

    /// <summary>
    /// Writes the data in batches and returns what was written. On SQLite rows go through prepared INSERTs
    /// (<see cref="SqliteBulkWriter"/>), elsewhere through SaveChanges; both store the same company.
    /// </summary>
    public async Task<DemoDataSummary> GenerateAsync(DemoDataOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Accounts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ContactVolume);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ActivityVolume);
        ArgumentOutOfRangeException.ThrowIfNegative(options.TicketVolume);

        var stopwatch = Stopwatch.StartNew();
        var now = _clock.GetUtcNow();
        var team = await EnsureTeamAsync(options, cancellationToken);
        var startIndex = await CountAccountsAsync(cancellationToken);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var totals = new Counts();
        // One Faker, reseeded per account: building one costs more than drawing a whole account from it.
        var faker = new Faker();

        await using var writer = await OpenWriterAsync(cancellationToken);
        for (var batchStart = 0; batchStart < options.Accounts; batchStart += options.BatchSize)
        {
            var batchEnd = Math.Min(options.Accounts, batchStart + options.BatchSize);
            var batch = new DemoDataBatch();
            for (var i = batchStart; i < batchEnd; i++)
            {
                GenerateAccount(batch, faker, team, names, options, startIndex + i, now);
            }

            await writer.WriteAsync(batch, cancellationToken);
            totals.Add(batch);
            progress?.Report(batchEnd);
        }

        return new DemoDataSummary(team.All.Count, totals.Accounts, totals.Contacts, totals.Opportunities, totals.Activities,
            totals.Tickets, totals.UnlinkedTickets, totals.Usage, totals.Revenue, totals.Handoffs, totals.Signals, stopwatch.Elapsed);
    }

    private async Task<IDemoDataWriter> OpenWriterAsync(CancellationToken ct)
    {
        bool sqlite;
        await using (var db = await _contextFactory.CreateDbContextAsync(ct))
        {
            sqlite = db.Database.IsSqlite();
        }

        return sqlite ? await SqliteBulkWriter.OpenAsync(_contextFactory, ct) : new EfDemoDataWriter(_contextFactory);
    }

    private async Task<int> CountAccountsAsync(CancellationToken ct)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        return await db.Accounts.CountAsync(ct);
    }

    private async Task<Team> EnsureTeamAsync(DemoDataOptions options, CancellationToken ct)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(ct);
        var existing = await db.TeamMembers.AsNoTracking().ToListAsync(ct);
        if (existing.Count == 0)
        {
            var faker = new Faker { Random = new Randomizer(options.RandomSeed) };
            var sales = Math.Clamp(options.Accounts / 50, 6, 400);
            var success = Math.Clamp(options.Accounts / 60, 5, 300);
            var support = Math.Clamp(options.Accounts / 50, 6, 400);
            var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            string[] teams = ["North America", "EMEA", "APAC", "LATAM"];

            void Add(TeamRole role, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    var first = faker.Name.FirstName();
                    var last = faker.Name.LastName();
                    var email = $"{Slug(first)}.{Slug(last)}@{TeamDomain}";
                    for (var n = 2; !emails.Add(email); n++)
                    {
                        email = $"{Slug(first)}.{Slug(last)}{n}@{TeamDomain}";
                    }

                    existing.Add(new TeamMember { Name = $"{first} {last}", Email = email, Role = role, Team = teams[i % teams.Length] });
                }
            }

            Add(TeamRole.Sales, sales);
            Add(TeamRole.Success, success);
            Add(TeamRole.Support, support);
            Add(TeamRole.Operations, 2);
            db.AuditEnabled = false;
            db.TeamMembers.AddRange(existing);
            await db.SaveChangesAsync(ct);
        }

        return new Team(existing);
    }

    private static void GenerateAccount(DemoDataBatch batch, Faker f, Team team, HashSet<string> names, DemoDataOptions options, int index,
        DateTimeOffset now)
    {
        f.Random = new Randomizer(unchecked((options.RandomSeed * 397) ^ (index * 7919 + 17)));
        var r = f.Random;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var segment = r.WeightedRandom([Segment.Smb, Segment.MidMarket, Segment.Enterprise], [0.55f, 0.30f, 0.15f]);
        var region = r.WeightedRandom([Region.NorthAmerica, Region.Emea, Region.Apac, Region.LatinAmerica], [0.45f, 0.30f, 0.15f, 0.10f]);
        // A hidden "how well is this going" value drives usage, tickets, CSAT and engagement together, so the data
        // tells consistent stories (a struggling account has falling usage, bad CSAT and escalations).
        var health = r.WeightedRandom([r.Float(0.62f, 1f), r.Float(0.35f, 0.62f), r.Float(0.02f, 0.35f)], [0.68f, 0.21f, 0.11f]);
        var declining = r.Bool(0.12f);

        var (plan, seats, pricePerSeat) = segment switch
        {
            Segment.Smb => r.Bool(0.5f) ? ("Starter", r.Int(5, 25), 480m) : ("Team", r.Int(20, 60), 720m),
            Segment.MidMarket => ("Business", r.Int(50, 350), 960m),
            _ => ("Enterprise", r.Int(300, 3000), 1200m),
        };

        var name = f.Company.CompanyName();
        if (!names.Add(name))
        {
            name = $"{name} {f.Address.City()}";
            if (!names.Add(name))
            {
                name = $"{name} {index}";
                names.Add(name);
            }
        }

        var contractStart = today.AddDays(-r.Int(20, 4 * 365));
        var churned = r.Bool(0.05f) && today.DayNumber - contractStart.DayNumber > 400;
        var lastAnniversary = LastAnniversary(contractStart, today);
        var renewal = churned ? lastAnniversary : lastAnniversary.AddYears(1);
        var lifecycle = churned ? Lifecycle.Churned : today.DayNumber - contractStart.DayNumber <= 75 ? Lifecycle.Onboarding : Lifecycle.Active;
        var tier = segment switch
        {
            Segment.Enterprise => r.WeightedRandom([SupportTier.Vip, SupportTier.Priority], [0.7f, 0.3f]),
            Segment.MidMarket => r.WeightedRandom([SupportTier.Priority, SupportTier.Standard, SupportTier.Vip], [0.6f, 0.3f, 0.1f]),
            _ => r.WeightedRandom([SupportTier.Standard, SupportTier.Priority], [0.85f, 0.15f]),
        };

        var owner = team.Pick(TeamRole.Sales, r);
        var csm = segment == Segment.Smb && r.Bool(0.25f) ? null : team.Pick(TeamRole.Success, r);
        var created = ToInstant(contractStart.AddDays(-r.Int(30, 120)), r);
        var initialArr = Math.Round(seats * pricePerSeat * (decimal)r.Double(0.75, 1.0), 0);

        var account = new Account
        {
            Name = name,
            Domain = UniqueDomain(name, index),
            Industry = r.ArrayElement(Industries),
            Segment = segment,
            Region = region,
            Plan = plan,
            Limits = new PlanLimits { Seats = seats, ApiCallsPerMonth = seats * 20_000L, StorageGb = seats * 5, Projects = Math.Max(5, seats / 2) },
            ContractStart = contractStart,
            RenewalDate = renewal,
            Lifecycle = lifecycle,
            OwnerId = owner.Id,
            CsmId = csm?.Id,
            CrmId = $"001{index:D12}",
            HelpDeskOrganizationId = $"org-{100_000 + index}",
            CreatedAt = created,
            UpdatedAt = ToInstant(today.AddDays(-r.Int(0, 60)), r),
            SupportTier = tier,
        };

        AddContacts(account, f, segment, created, options.ContactVolume);
        var revenue = AddDealsAndRevenue(account, f, initialArr, churned, health, today, owner.Id, team);
        account.Arr = churned ? 0m : revenue;
        AddActivities(account, f, health, now, options.ActivityVolume);
        AddTickets(account, f, segment, seats, health, declining, now, team, options.TicketVolume);
        AddUsage(account, f, seats, health, declining, today, churned);

        account.Support = SupportFieldsCalculator.Derive(account.Tickets.Select(TicketFacts.From), now);
        batch.Accounts.Add(account);

        var technical = account.Contacts.FirstOrDefault(c => c.Role == ContactRole.TechnicalContact)
            ?? account.Contacts.FirstOrDefault(c => c.Role == ContactRole.Champion);
        if (technical is not null && r.Bool(0.88f))
        {
            batch.PrimaryContacts.Add((account, technical));
        }

        if (r.Bool(0.02f))
        {
            batch.UnlinkedTickets.Add(UnlinkedTicket(f, account, now, team));
        }

        if (lifecycle == Lifecycle.Onboarding && r.Bool(0.9f))
        {
            var won = account.Opportunities.First(o => o.Type == OpportunityType.NewBusiness);
            batch.Handoffs.Add(CreateHandoff(f, account, won, csm?.Id, now));
        }
        else if (!churned && account.Opportunities.FirstOrDefault(o => o.Type == OpportunityType.Expansion && o.Stage == OpportunityStage.ClosedWon
                     && o.CloseDate <= today && o.CloseDate > today.AddDays(-12)) is { } expansion && r.Bool(0.8f))
        {
            // Expansions won in the last days are handed over too: the board has handoffs in their first days.
            batch.Handoffs.Add(CreateHandoff(f, account, expansion, csm?.Id, now));
        }

        if (!churned && r.Bool(0.06f + health * 0.06f))
        {
            batch.Signals.Add(CreateSignal(f, account, now, team));
        }
    }

    private static void AddContacts(Account account, Faker f, Segment segment, DateTimeOffset created, double volume)
    {
        var r = f.Random;
        var count = Scaled(segment switch { Segment.Smb => r.Int(2, 4), Segment.MidMarket => r.Int(3, 6), _ => r.Int(4, 9) }, volume);
        ContactRole[] leading = [ContactRole.DecisionMaker, ContactRole.Champion, ContactRole.TechnicalContact, ContactRole.Billing];
        for (var i = 0; i < count; i++)
        {
            var first = f.Name.FirstName();
            var last = f.Name.LastName();
            var role = i < leading.Length ? leading[i] : ContactRole.Stakeholder;
            var incomplete = r.Bool(0.06f);
            account.Contacts.Add(new Contact
            {
                FirstName = first,
                LastName = last,
                // A few contacts lack an e-mail or phone: the data-quality checks have something real to find.
                Email = incomplete && r.Bool() ? null : $"{Slug(first)}.{Slug(last)}@{account.Domain}",
                Phone = incomplete ? null : f.Phone.PhoneNumber("+1 ###-###-####"),
                Title = role switch
                {
                    ContactRole.DecisionMaker => r.ArrayElement(["VP Operations", "Chief Operating Officer", "Head of IT", "CFO"]),
                    ContactRole.Champion => r.ArrayElement(["Operations Manager", "Team Lead", "Program Manager"]),
                    ContactRole.TechnicalContact => r.ArrayElement(["IT Administrator", "Systems Engineer", "Solutions Architect"]),
                    ContactRole.Billing => r.ArrayElement(["Accounts Payable", "Finance Manager", "Procurement Lead"]),
                    _ => f.Name.JobTitle(),
                },
                Role = role,
                Department = r.ArrayElement(Departments),
                CreatedAt = created.AddDays(r.Int(0, 200)),
                UpdatedAt = created.AddDays(r.Int(200, 400)),
            });
        }
    }

    private static decimal AddDealsAndRevenue(Account account, Faker f, decimal initialArr, bool churned, float health,
        DateOnly today, int ownerId, Team team)
    {
        var r = f.Random;
        var start = account.ContractStart;
        var won = NewOpportunity(account, f, OpportunityType.NewBusiness, $"{account.Name} - New business", OpportunityStage.ClosedWon,
            initialArr, start, ownerId);
        account.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.New, Date = start, Amount = initialArr, Opportunity = won });
        var arr = initialArr;

        // Each anniversary passed is a renewal, sometimes with growth or shrinkage.
        for (var anniversary = start.AddYears(1); anniversary <= today; anniversary = anniversary.AddYears(1))
        {
            if (churned && anniversary.AddYears(1) > today)
            {
                account.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Churn, Date = anniversary, Amount = arr, Note = "Did not renew" });
                var lost = NewOpportunity(account, f, OpportunityType.Renewal, $"{account.Name} - Renewal {anniversary.Year}",
                    OpportunityStage.ClosedLost, arr, anniversary, ownerId);
                lost.NextStep = "Churned: budget cut";
                return arr;
            }

            NewOpportunity(account, f, OpportunityType.Renewal, $"{account.Name} - Renewal {anniversary.Year}", OpportunityStage.ClosedWon,
                arr, anniversary, ownerId);
            account.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Renewal, Date = anniversary, Amount = arr });
            if (r.Bool(0.25f + health * 0.2f))
            {
                var growth = Math.Round(arr * (decimal)r.Double(0.05, 0.35), 0);
                var expansion = NewOpportunity(account, f, OpportunityType.Expansion, $"{account.Name} - Expansion {anniversary.Year}",
                    OpportunityStage.ClosedWon, growth, anniversary.AddDays(r.Int(10, 200)), ownerId);
                if (expansion.CloseDate <= today)
                {
                    account.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Expansion, Date = expansion.CloseDate, Amount = growth, Opportunity = expansion });
                    arr += growth;
                }
                else
                {
                    expansion.Stage = OpportunityStage.Negotiation;
                    expansion.ClosedAt = null;
                }
            }
            else if (health < 0.4f && r.Bool(0.4f))
            {
                var shrink = Math.Round(arr * (decimal)r.Double(0.05, 0.3), 0);
                account.RevenueEvents.Add(new RevenueEvent { Type = RevenueEventType.Contraction, Date = anniversary, Amount = shrink, Note = "Seats reduced at renewal" });
                arr -= shrink;
            }
        }

        // The coming renewal: an open renewal deal when it is near, at a stage that fits how close it is.
        var renewalDate = LastAnniversary(start, today).AddYears(1);
        var daysToRenewal = renewalDate.DayNumber - today.DayNumber;
        if (daysToRenewal <= 150 && start.AddYears(1) <= renewalDate)
        {
            var stage = daysToRenewal switch
            {
                < 30 => r.WeightedRandom([OpportunityStage.Negotiation, OpportunityStage.Proposal], [0.7f, 0.3f]),
                < 75 => r.WeightedRandom([OpportunityStage.Proposal, OpportunityStage.Qualification], [0.6f, 0.4f]),
                _ => r.WeightedRandom([OpportunityStage.Prospecting, OpportunityStage.Qualification], [0.6f, 0.4f]),
            };
            if (r.Bool(0.15f))
            {
                stage = OpportunityStage.Prospecting;
            }

            NewOpportunity(account, f, OpportunityType.Renewal, $"{account.Name} - Renewal {renewalDate.Year}", stage, arr, renewalDate, ownerId);
        }

        // Open pipeline and the odd lost deal, so that every stage has deals in it.
        var open = r.Int(0, health > 0.6f ? 2 : 1);
        for (var i = 0; i < open; i++)
        {
            var stage = r.ArrayElement([OpportunityStage.Prospecting, OpportunityStage.Qualification, OpportunityStage.Proposal, OpportunityStage.Negotiation]);
            NewOpportunity(account, f, OpportunityType.Expansion, $"{account.Name} - {r.ArrayElement(["Add-on seats", "Advanced analytics", "Premium support", "New department"])}",
                stage, Math.Round(arr * (decimal)r.Double(0.05, 0.4), 0), today.AddDays(r.Int(10, 180)), team.Pick(TeamRole.Sales, r).Id);
        }

        if (r.Bool(0.2f))
        {
            NewOpportunity(account, f, OpportunityType.Expansion, $"{account.Name} - Upgrade to higher tier", OpportunityStage.ClosedLost,
                Math.Round(arr * (decimal)r.Double(0.1, 0.3), 0), today.AddDays(-r.Int(10, 300)), ownerId);
        }

        return arr;
    }

    private static Opportunity NewOpportunity(Account account, Faker f, OpportunityType type, string name, OpportunityStage stage,
        decimal amount, DateOnly closeDate, int ownerId)
    {
        var r = f.Random;
        var opened = ToInstant(closeDate.AddDays(-r.Int(30, 120)), r);
        var opp = new Opportunity
        {
            Name = name,
            Type = type,
            Stage = stage,
            Amount = amount,
            CloseDate = closeDate,
            OwnerId = ownerId,
            CreatedAt = opened,
            UpdatedAt = opened,
            NextStep = stage switch
            {
                OpportunityStage.Prospecting => "Book discovery call",
                OpportunityStage.Qualification => "Confirm budget and decision process",
                OpportunityStage.Proposal => "Send proposal",
                OpportunityStage.Negotiation => "Agree on terms with procurement",
                _ => null,
            },
        };

        // Stage history: the path from Prospecting to where the deal is now, spread over the deal's life.
        var path = new List<OpportunityStage> { OpportunityStage.Prospecting };
        OpportunityStage[] forward = [OpportunityStage.Qualification, OpportunityStage.Proposal, OpportunityStage.Negotiation];
        var target = stage == OpportunityStage.ClosedLost ? forward[r.Int(0, 2)] : stage;
        foreach (var s in forward)
        {
            if (target == OpportunityStage.ClosedWon || (int)s <= (int)target)
            {
                path.Add(s);
            }
        }

        if (stage is OpportunityStage.ClosedWon or OpportunityStage.ClosedLost)
        {
            path.Add(stage);
        }

        var end = stage is OpportunityStage.ClosedWon or OpportunityStage.ClosedLost ? ToInstant(closeDate, r) : opened.AddDays(r.Int(1, 25) * path.Count);
        var step = (end - opened) / Math.Max(1, path.Count);
        OpportunityStage? previous = null;
        for (var i = 0; i < path.Count; i++)
        {
            opp.StageHistory.Add(new OpportunityStageChange { FromStage = previous, ToStage = path[i], ChangedAt = opened + step * i, ChangedById = ownerId });
            previous = path[i];
        }

        opp.UpdatedAt = opened + step * (path.Count - 1);
        if (opp.IsClosed)
        {
            opp.ClosedAt = opp.UpdatedAt;
        }

        account.Opportunities.Add(opp);
        return opp;
    }

    private static void AddActivities(Account account, Faker f, float health, DateTimeOffset now, double volume)
    {
        var r = f.Random;
        var perMonth = account.Segment switch { Segment.Smb => 1.5, Segment.MidMarket => 3.0, _ => 6.0 } * (0.3 + health);
        var count = Scaled(perMonth * 6 * r.Double(0.6, 1.4), volume);
        // Disengaged accounts have gone quiet lately: their activities sit further in the past.
        var quietDays = health < 0.35f ? r.Int(30, 90) : 0;
        for (var i = 0; i < count; i++)
        {
            var type = r.WeightedRandom([ActivityType.Email, ActivityType.Call, ActivityType.Meeting, ActivityType.Note], [0.4f, 0.25f, 0.2f, 0.15f]);
            var contact = account.Contacts.Count > 0 ? r.ListItem(account.Contacts) : null;
            account.Activities.Add(new Activity
            {
                Type = type,
                Subject = r.ArrayElement(ActivitySubjects),
                Notes = type == ActivityType.Note ? f.Lorem.Sentence(12) : null,
                Contact = contact,
                OccurredAt = now.AddDays(-quietDays - r.Double(0, 180)),
                LoggedById = r.Bool(0.5f) ? account.OwnerId : account.CsmId ?? account.OwnerId,
            });
        }
    }

    private static void AddTickets(Account account, Faker f, Segment segment, int seats, float health, bool declining, DateTimeOffset now, Team team,
        double volume)
    {
        var r = f.Random;
        var perMonth = segment switch { Segment.Smb => 0.6, Segment.MidMarket => 1.6, _ => 3.5 } * (1.6 - health) * Math.Clamp(seats / 100.0, 0.5, 2.0);
        var count = Scaled(perMonth * 12 * r.Double(0.5, 1.5), volume);
        for (var i = 0; i < count; i++)
        {
            // Declining accounts had a burst of tickets recently.
            var ageDays = declining && r.Bool(0.5f) ? r.Double(0, 30) : r.Double(0, 365);
            var created = now.AddDays(-ageDays);
            var priority = r.WeightedRandom([TicketPriority.Low, TicketPriority.Normal, TicketPriority.High, TicketPriority.Urgent], [0.25f, 0.5f, 0.18f, 0.07f]);
            var stillOpen = ageDays < 2 || (ageDays < 21 && r.Bool(0.3f)) || (ageDays < 60 && r.Bool(0.03f));
            var firstResponse = created.AddHours(r.Double(0.2, priority >= TicketPriority.High ? 6 : 30));
            if (firstResponse > now)
            {
                firstResponse = now;
            }

            var status = stillOpen ? r.WeightedRandom([TicketStatus.New, TicketStatus.Open, TicketStatus.Pending, TicketStatus.OnHold], [0.2f, 0.5f, 0.2f, 0.1f]) : r.Bool(0.7f) ? TicketStatus.Closed : TicketStatus.Solved;
            DateTimeOffset? solved = stillOpen ? null : created.AddHours(r.Double(1, 24 * 12));
            if (solved > now)
            {
                solved = now;
            }

            var satisfaction = SatisfactionRating.NotOffered;
            if (solved is not null)
            {
                satisfaction = r.Bool(0.6f)
                    ? (r.Bool(0.15f + health * 0.8f) ? SatisfactionRating.Good : SatisfactionRating.Bad)
                    : r.Bool(0.5f) ? SatisfactionRating.Offered : SatisfactionRating.NotOffered;
            }

            var ticket = new SupportTicket
            {
                ExternalId = $"ZD-{r.Int(100_000, 9_999_999)}",
                Subject = r.ArrayElement(TicketSubjects),
                RequesterEmail = account.Contacts.Count > 0 ? r.ListItem(account.Contacts).Email : null,
                OrganizationName = account.Name,
                Priority = priority,
                Status = status,
                CreatedAt = created,
                FirstResponseAt = status == TicketStatus.New ? null : firstResponse,
                SolvedAt = solved,
                UpdatedAt = solved ?? (status == TicketStatus.New ? created : firstResponse),
                Satisfaction = satisfaction,
                AssigneeId = team.Pick(TeamRole.Support, r).Id,
            };

            // Struggling accounts escalate far more often, mostly lately.
            var escalationChance = (priority >= TicketPriority.High ? 0.12f : 0.02f) * (1.5f - health) * (health < 0.35f && ageDays < 90 ? 4f : 1f);
            if (r.Bool(Math.Min(0.6f, escalationChance)))
            {
                ticket.EscalatedAt = created.AddHours(r.Double(1, 48));
                if (ticket.EscalatedAt > now)
                {
                    ticket.EscalatedAt = now;
                }

                ticket.EscalationReason = r.ArrayElement(EscalationReasons);
                if (ticket.UpdatedAt < ticket.EscalatedAt)
                {
                    ticket.UpdatedAt = ticket.EscalatedAt.Value;
                }
            }

            account.Tickets.Add(ticket);
        }
    }

    private static void AddUsage(Account account, Faker f, int seats, float health, bool declining, DateOnly today, bool churned)
    {
        var r = f.Random;
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)); // Monday of this week
        // A few healthy accounts grow into their plan limits, spread to more departments or max out power users: the
        // expansion triggers have something to find, as in a real book (a tenth to a fifth of it, not every account).
        var growing = health > 0.75f && r.Bool(0.3f);
        var targetUtilisation = Math.Clamp(0.08 + health * 0.72 + (growing ? 0.22 : 0), 0.05, 1.05);
        var departments = 1 + (seats >= 100 ? r.Int(0, 1) : 0) + (growing && r.Bool(0.5f) ? r.Int(1, 3) : 0);
        var maxedOut = growing && r.Bool(0.3f);
        for (var w = UsageWeeks - 1; w >= 0; w--)
        {
            var period = weekStart.AddDays(-7 * w);
            if (period < account.ContractStart || (churned && period > account.RenewalDate))
            {
                continue;
            }

            var progress = 1.0 - w / (double)UsageWeeks;
            var utilisation = targetUtilisation * (0.75 + 0.25 * progress) * r.Double(0.95, 1.05);
            if (declining && w < 6)
            {
                utilisation *= 0.55 + w * 0.07; // usage falls away over the last six weeks
            }

            var seatsUsed = Math.Clamp((int)Math.Round(seats * utilisation), 0, (int)(seats * 1.1));
            var active = (int)Math.Round(seatsUsed * (0.3 + 0.6 * health) * r.Double(0.9, 1.05));
            account.Usage.Add(new UsageSnapshot
            {
                PeriodStart = period,
                SeatsLicensed = seats,
                SeatsUsed = seatsUsed,
                ActiveUsers = active,
                ApiCallLimit = account.Limits.ApiCallsPerMonth / 4,
                ApiCalls = (long)(account.Limits.ApiCallsPerMonth / 4 * utilisation * r.Double(0.5, 1.1)),
                StorageLimitGb = account.Limits.StorageGb,
                StorageUsedGb = Math.Round((decimal)(account.Limits.StorageGb * Math.Min(1.0, utilisation * r.Double(0.4, 1.0))), 1),
                AdvancedFeatureUsers = (int)Math.Round(active * health * r.Double(0.05, 0.45)),
                DepartmentsActive = Math.Max(1, departments - (declining && w < 4 ? 1 : 0)),
                // A user or two hit their per-user limit now and then; in a maxed-out account a good share do, lately.
                UsersAtLimit = maxedOut && w < 4 ? Math.Max(2, active / r.Int(5, 8)) : active >= 40 && r.Bool(0.2f) ? r.Int(1, 2) : 0,
            });
        }
    }

    private static SupportTicket UnlinkedTicket(Faker f, Account account, DateTimeOffset now, Team team)
    {
        var r = f.Random;
        var created = now.AddDays(-r.Double(0, 120));
        var solved = r.Bool(0.6f) ? created.AddHours(r.Double(2, 72)) : (DateTimeOffset?)null;
        if (solved > now)
        {
            solved = null;
        }

        return new SupportTicket
        {
            ExternalId = $"ZD-{r.Int(100_000, 9_999_999)}",
            Subject = r.ArrayElement(TicketSubjects),
            // Typed by hand in the help desk: a near miss of the account's name, an unknown requester domain.
            OrganizationName = r.Bool() ? account.Name.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal) : null,
            RequesterEmail = $"{Slug(f.Name.FirstName())}@{Slug(f.Internet.DomainWord())}-mail.example",
            Priority = r.WeightedRandom([TicketPriority.Low, TicketPriority.Normal, TicketPriority.High], [0.3f, 0.55f, 0.15f]),
            Status = solved is null ? TicketStatus.Open : TicketStatus.Solved,
            CreatedAt = created,
            FirstResponseAt = created.AddHours(1),
            SolvedAt = solved,
            UpdatedAt = solved ?? created.AddHours(1),
            Satisfaction = SatisfactionRating.NotOffered,
            AssigneeId = team.Pick(TeamRole.Support, r).Id,
        };
    }

    private static Handoff CreateHandoff(Faker f, Account account, Opportunity won, int? csmId, DateTimeOffset now)
    {
        var r = f.Random;
        var closed = ToInstant(won.CloseDate, r);
        var age = (now - closed).TotalDays;
        var stage = age switch
        {
            < 4 => HandoffStage.PreHandoff,
            < 12 => r.WeightedRandom([HandoffStage.PreHandoff, HandoffStage.InformationTransfer], [0.3f, 0.7f]),
            _ => r.WeightedRandom([HandoffStage.InformationTransfer, HandoffStage.PostHandoff], [0.4f, 0.6f]),
        };
        // Most handoffs older than a couple of weeks are done, most of those within the 14-day SLA; the rest are late.
        var completed = age > 10 && r.Bool(0.6f);
        var handoff = new Handoff
        {
            Account = account,
            Opportunity = won,
            OwnerId = won.OwnerId,
            CsmId = csmId,
            Stage = completed ? HandoffStage.PostHandoff : stage,
            Status = completed ? HandoffStatus.Completed : HandoffStatus.InProgress,
            TemplateName = DefaultHandoffTemplate.Name,
            TemplateVersion = DefaultHandoffTemplate.Version,
            ClosedWonAt = closed,
            CreatedAt = closed,
            UpdatedAt = closed.AddDays(Math.Min(age, r.Double(0, 10))),
            CompletedAt = completed ? closed.AddDays(Math.Min(age - 0.5, r.WeightedRandom([r.Double(5, 13.5), r.Double(15, 30)], [0.75f, 0.25f]))) : null,
            KickoffAt = stage > HandoffStage.PreHandoff || completed ? closed.AddDays(r.Int(3, 8)) : null,
        };

        if (handoff.Stage >= HandoffStage.InformationTransfer)
        {
            handoff.GoalsAndUseCase = $"Replace spreadsheets for {r.ArrayElement(Departments).ToLowerInvariant()} reporting; first team live within 30 days.";
            handoff.TechnicalRequirements = r.ArrayElement(["SSO with Okta", "SAML SSO and SCIM provisioning", "Salesforce integration", "Data residency in the EU"]);
            handoff.SpecialTerms = r.Bool(0.4f) ? "Price locked for 24 months; quarterly business reviews with the executive sponsor." : null;
            handoff.Deliverables.Add(new HandoffDeliverable { Description = "Admin training for the customer's IT team", DueDate = won.CloseDate.AddDays(r.Int(10, 40)) });
            handoff.Deliverables.Add(new HandoffDeliverable { Description = "Data migration from the legacy tool", DueDate = won.CloseDate.AddDays(r.Int(20, 60)) });
            // Most promises due by now were kept, a few days early; the others show as overdue on the account and board.
            foreach (var deliverable in handoff.Deliverables.Where(d => ToInstant(d.DueDate, r) < now && r.Bool(0.8f)))
            {
                deliverable.DeliveredAt = NotAfter(ToInstant(deliverable.DueDate.AddDays(-r.Int(0, 5)), r), now);
            }
            var stakeholders = account.Contacts.Where(c => c.Role is ContactRole.DecisionMaker or ContactRole.Champion).ToList();
            foreach (var contact in stakeholders.Count > 0 ? stakeholders : account.Contacts.Take(1))
            {
                handoff.Stakeholders.Add(new HandoffStakeholder { Contact = contact, Role = contact.Role, IsDecisionMaker = contact.Role == ContactRole.DecisionMaker });
            }
        }

        if (handoff.Stage == HandoffStage.PostHandoff)
        {
            handoff.IntroductionEmailSentAt = closed.AddDays(r.Int(5, 12));
            handoff.SalesInvolvedUntil = won.CloseDate.AddDays(30);
            handoff.TransitionMeetingAt = closed.AddDays(r.Int(10, 20));
            handoff.NextSteps = completed ? "Weekly onboarding calls until go-live." : null;
        }

        var order = 0;
        foreach (var definition in DefaultHandoffTemplate.Items)
        {
            var done = completed || definition.Stage < handoff.Stage || (definition.Stage == handoff.Stage && r.Bool(0.5f));
            handoff.Items.Add(new HandoffItem
            {
                Stage = definition.Stage,
                Order = order++,
                Key = definition.Key,
                Label = definition.Label,
                Kind = definition.Kind,
                Required = definition.Required,
                DueOffsetDays = definition.DueOffsetDays,
                CompletedAt = done ? closed.AddDays(definition.DueOffsetDays ?? 0) : null,
                CompletedById = done ? won.OwnerId : null,
            });
        }

        // Items bound to a field (CSM, kickoff, goals, deliverables, ...) are done exactly when the field is filled in, as
        // in the app.
        HandoffChecklist.SyncBoundItems(handoff, handoff.UpdatedAt, won.OwnerId);
        return handoff;
    }

    private static ExpansionSignal CreateSignal(Faker f, Account account, DateTimeOffset now, Team team)
    {
        var r = f.Random;
        var latest = account.Usage.Count > 0 ? account.Usage[^1] : null;
        var nearLimit = latest is not null && latest.SeatsUsed * 100 >= latest.SeatsLicensed * 85;
        var trigger = nearLimit ? ExpansionTrigger.ApproachingPlanLimits : r.Enum<ExpansionTrigger>();
        var source = nearLimit && r.Bool(0.6f) ? SignalSource.Detected : r.WeightedRandom([SignalSource.Logged, SignalSource.Integration], [0.8f, 0.2f]);
        var status = r.WeightedRandom(
            [SignalStatus.Logged, SignalStatus.AccountManagerNotified, SignalStatus.WarmIntroduction, SignalStatus.OpportunityCreated, SignalStatus.Dismissed],
            [0.25f, 0.25f, 0.2f, 0.2f, 0.1f]);
        // Signals that became opportunities reach further back, so that some of those deals have closed since: the
        // expansion page then shows revenue won from signals and the reps behind it.
        var logged = now.AddDays(-r.Double(0, status == SignalStatus.OpportunityCreated ? 150 : 45));
        var signal = new ExpansionSignal
        {
            Account = account,
            Trigger = trigger,
            Source = source,
            Status = status,
            Sentiment = r.WeightedRandom([Sentiment.Positive, Sentiment.Enthusiastic, Sentiment.Neutral], [0.5f, 0.3f, 0.2f]),
            Context = source == SignalSource.Detected ? null : r.ArrayElement(SignalContexts),
            CustomerWords = source == SignalSource.Detected ? null : r.ArrayElement(CustomerQuotes),
            Evidence = source == SignalSource.Detected && latest is not null ? $"seats {latest.SeatsUsed} of {latest.SeatsLicensed}" : null,
            EstimatedArr = Math.Round(account.Arr * (decimal)r.Double(0.1, 0.4), 0),
            LoggedById = source == SignalSource.Logged ? team.Pick(TeamRole.Support, r).Id : null,
            AccountManagerId = account.OwnerId,
            LoggedAt = logged,
        };

        if (status >= SignalStatus.AccountManagerNotified)
        {
            signal.NotifiedAt = logged.AddMinutes(r.Int(1, 30));
            if (status != SignalStatus.Dismissed || r.Bool())
            {
                signal.AcknowledgedAt = signal.NotifiedAt.Value.AddHours(r.Double(1, 60));
            }
        }

        if (status is SignalStatus.WarmIntroduction or SignalStatus.OpportunityCreated)
        {
            signal.IntroducedAt = logged.AddDays(r.Double(1, 5));
        }

        if (status == SignalStatus.OpportunityCreated)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var decided = DateOnly.FromDateTime(logged.UtcDateTime).AddDays(r.Int(30, 60));
            var stage = decided < today ? r.WeightedRandom([OpportunityStage.ClosedWon, OpportunityStage.ClosedLost], [0.7f, 0.3f]) : OpportunityStage.Qualification;
            var opp = NewOpportunity(account, f, OpportunityType.Expansion, $"{account.Name} - Expansion from support signal", stage,
                signal.EstimatedArr ?? 0m, stage == OpportunityStage.Qualification ? today.AddDays(r.Int(20, 90)) : decided, account.OwnerId ?? 0);
            signal.Opportunity = opp;
            signal.ClosedAt = logged.AddDays(r.Double(5, 10));
        }
        else if (status == SignalStatus.Dismissed)
        {
            signal.DismissedReason = r.ArrayElement(["Customer has no budget this year", "Already covered by an open renewal deal", "Duplicate of an earlier signal"]);
            signal.ClosedAt = logged.AddDays(r.Double(1, 10));
        }

        // Nothing happens in the future, however the random offsets fell.
        signal.NotifiedAt = NotAfter(signal.NotifiedAt, now);
        signal.AcknowledgedAt = NotAfter(signal.AcknowledgedAt, now);
        signal.IntroducedAt = NotAfter(signal.IntroducedAt, now);
        signal.ClosedAt = NotAfter(signal.ClosedAt, now);
        return signal;
    }

    // Volume 1 keeps the demo company's numbers exactly (x * 1.0 == x), so the same seed still gives the same company.
    private static int Scaled(double count, double volume) => (int)Math.Round(count * volume);

    private static DateTimeOffset? NotAfter(DateTimeOffset? value, DateTimeOffset now) => value > now ? now : value;

    private static DateOnly LastAnniversary(DateOnly start, DateOnly today)
    {
        var years = today.Year - start.Year;
        var candidate = start.AddYears(years);
        return candidate > today ? start.AddYears(years - 1) : candidate;
    }

    private static DateTimeOffset ToInstant(DateOnly date, Randomizer r) =>
        new(date.ToDateTime(new TimeOnly(r.Int(8, 17), r.Int(0, 59)), DateTimeKind.Utc));

    private static string UniqueDomain(string name, int index)
    {
        var slug = Slug(name);
        if (slug.Length > 40)
        {
            slug = slug[..40];
        }

        return $"{slug}{(index % 3 == 0 ? ".com" : index % 3 == 1 ? ".io" : ".co")}";
    }

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    private sealed class Team(List<TeamMember> members)
    {
        private readonly Dictionary<TeamRole, TeamMember[]> _byRole = members.GroupBy(m => m.Role).ToDictionary(g => g.Key, g => g.ToArray());

        public List<TeamMember> All { get; } = members;

        public TeamMember Pick(TeamRole role, Randomizer r) =>
            _byRole.TryGetValue(role, out var list) && list.Length > 0 ? r.ArrayElement(list) : All[r.Int(0, All.Count - 1)];
    }

    private sealed class Counts
    {
        public int Accounts { get; private set; }
        public int Contacts { get; private set; }
        public int Opportunities { get; private set; }
        public int Activities { get; private set; }
        public int Tickets { get; private set; }
        public int UnlinkedTickets { get; private set; }
        public int Usage { get; private set; }
        public int Revenue { get; private set; }
        public int Handoffs { get; private set; }
        public int Signals { get; private set; }

        public void Add(DemoDataBatch b)
        {
            Accounts += b.Accounts.Count;
            Contacts += b.Accounts.Sum(a => a.Contacts.Count);
            Opportunities += b.Accounts.Sum(a => a.Opportunities.Count);
            Activities += b.Accounts.Sum(a => a.Activities.Count);
            Tickets += b.Accounts.Sum(a => a.Tickets.Count) + b.UnlinkedTickets.Count;
            UnlinkedTickets += b.UnlinkedTickets.Count;
            Usage += b.Accounts.Sum(a => a.Usage.Count);
            Revenue += b.Accounts.Sum(a => a.RevenueEvents.Count);
            Handoffs += b.Handoffs.Count;
            Signals += b.Signals.Count;
        }
    }
}
