using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Seeding;

[Collection(PostgresGroup.Name)]
public sealed class PostgresDemoDataTests(SeededPostgresFixture fixture)
{
    private readonly SeededPostgresFixture _fixture = fixture;

    [PostgresFact]
    public Task Migrations_apply_to_a_new_database_and_leave_nothing_pending() =>
        DemoDataChecks.MigrationsAreAllAppliedAsync(_fixture.Database);

    [PostgresFact]
    public Task Demo_data_writes_every_kind_of_record_and_reports_what_it_wrote() =>
        DemoDataChecks.EveryKindOfRecordIsWrittenAndCountedAsync(_fixture.Database, _fixture.Summary);

    [PostgresFact]
    public Task Demo_data_has_unlinked_tickets() =>
        DemoDataChecks.SomeTicketsAreUnlinkedAsync(_fixture.Database, _fixture.Summary);

    [PostgresFact]
    public Task Demo_opportunities_cover_every_stage() =>
        DemoDataChecks.OpportunitiesCoverEveryStageAsync(_fixture.Database);

    [PostgresFact]
    public Task Demo_data_has_escalations_handoffs_and_expansion_signals() =>
        DemoDataChecks.EscalationsHandoffsAndSignalsExistAsync(_fixture.Database);

    [PostgresFact]
    public Task Seeded_accounts_support_fields_equal_what_their_tickets_say() =>
        DemoDataChecks.StoredSupportFieldsEqualWhatTicketsSayAsync(_fixture.Database);
}
