using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Domain;
using SalesOps.Core.Health;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data.Identity;
using SalesOps.Services.Accounts;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>
/// GET /api/exports/at-risk.csv over HTTP against the app on a real SQLite file: who may download it, that it is the
/// at-risk list's rows and numbers as the analytics service computes them, that the list's filters narrow it, and
/// that a filter value it cannot read is refused with a message naming the parameter.
/// </summary>
public sealed partial class AtRiskExportTests(ScoredAppFactory app) : IClassFixture<ScoredAppFactory>
{
    private const string Path = ExportEndpoints.AtRiskCsvPath;

    private static readonly string[] Header =
        ["Account id", "Account", "Segment", "ARR", "ARR at stake", "Renewal date", "CSM", "Owner", "Health score", "Band", "Reasons"];

    private static readonly Dictionary<Segment, string> SegmentTexts = new()
    {
        [Segment.Smb] = "SMB", [Segment.MidMarket] = "Mid-Market", [Segment.Enterprise] = "Enterprise",
    };

    [Fact]
    public async Task Signed_out_request_gets_401_and_no_sign_in_redirect()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(Uri(Path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("Account id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_role_gets_the_export_exactly_when_the_ViewCustomers_policy_admits_it()
    {
        foreach (var role in AppRoles.All)
        {
            var client = await app.SignedInClientAsync(role);

            using var response = await client.GetAsync(Uri(Path));

            var expected = Policies.Allows(Policies.ViewCustomers, [role]) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{role}: expected {(int)expected}, got {(int)response.StatusCode}.");
        }
    }

    [Fact]
    public async Task Signed_in_user_without_any_role_gets_403_not_a_redirect()
    {
        // Every role of DESIGN.md may view customers; a user whose roles were all taken away is the one who may not.
        var email = $"no-role-{Guid.NewGuid():N}@example.com";
        const string password = "No-Role-Password-2026";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(
                new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "No role", CreatedAt = DateTimeOffset.UtcNow }, password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        using var client = app.CreateAnonymousClient();
        using (var signIn = await DemoSignIn.PostLoginAsync(client, email, password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Contains(DemoSignIn.SetCookies(signIn.Headers).Keys, k => k == DemoSignIn.AuthCookie);
        }

        using var response = await client.GetAsync(Uri(Path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Export_is_CSV_with_a_header_row_and_the_rows_and_numbers_of_the_at_risk_list()
    {
        var expected = await app.AsViewerAsync(a => a.GetAtRiskAsync(new AtRiskQuery { PageSize = AnalyticsService.MaxAtRiskPageSize }));
        var kpis = (await app.AsViewerAsync(a => a.GetOverviewAsync())).Kpis;
        Assert.InRange(expected.TotalCount, 2, AnalyticsService.MaxAtRiskPageSize);
        var client = await app.SignedInClientAsync(AppRoles.Viewer);

        using var response = await client.GetAsync(Uri(Path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(FileName(), response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "");
        var records = Csv.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Header, records[0]);
        var rows = records.Skip(1).ToList();
        Assert.Equal(expected.TotalCount, rows.Count);
        foreach (var (row, want) in rows.Zip(expected.Items))
        {
            Assert.Equal(Header.Length, row.Count);
            Assert.Equal(want.AccountId, int.Parse(row[0], CultureInfo.InvariantCulture));
            Assert.Equal(want.Name, row[1]);
            Assert.Equal(SegmentTexts[want.Segment], row[2]);
            Assert.Equal(want.Arr, decimal.Parse(row[3], CultureInfo.InvariantCulture));
            Assert.Equal(want.ArrAtStake, decimal.Parse(row[4], CultureInfo.InvariantCulture));
            Assert.Equal(want.RenewalDate, DateOnly.ParseExact(row[5], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(want.CsmName ?? "", row[6]);
            Assert.Equal(want.OwnerName ?? "", row[7]);
            Assert.Equal(want.Score?.ToString(CultureInfo.InvariantCulture) ?? "", row[8]);
            Assert.Equal(want.Band switch { HealthBand.Healthy => "Healthy", HealthBand.Watch => "Watch", HealthBand.AtRisk => "At risk", _ => "Not scored" }, row[9]);
            Assert.NotEmpty(want.Reasons);
            Assert.Equal(string.Join("; ", want.Reasons.Select(r => r.Text)), row[10]);
        }

        // The same total as the overview's "ARR at risk" tile, largest first as the list sorts by default.
        Assert.Equal(kpis.ArrAtRisk, rows.Sum(r => decimal.Parse(r[4], CultureInfo.InvariantCulture)));
        Assert.Equal(kpis.AtRiskAccounts, rows.Count);
        var atStake = rows.Select(r => decimal.Parse(r[4], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(atStake.OrderDescending(), atStake);
    }

    [Fact]
    public async Task Filters_in_the_query_string_narrow_the_export_to_the_rows_of_the_same_list_query()
    {
        var all = await app.AsViewerAsync(a => a.GetAtRiskAsync(new AtRiskQuery { PageSize = AnalyticsService.MaxAtRiskPageSize }));
        var withCsm = all.Items.First(r => r.CsmName is not null);
        var withOwner = all.Items.First(r => r.OwnerName is not null);
        var csmId = (await app.AsViewerAsync<IAccountService, IReadOnlyList<TeamMemberOption>>(s => s.GetTeamAsync(TeamRole.Success))).First(m => m.Name == withCsm.CsmName).Id;
        var ownerId = (await app.AsViewerAsync<IAccountService, IReadOnlyList<TeamMemberOption>>(s => s.GetTeamAsync(TeamRole.Sales))).First(m => m.Name == withOwner.OwnerName).Id;
        var segment = all.Items[0].Segment;
        var rule = all.Items[0].Reasons[0].Rule;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var filters = new List<(AtRiskQuery Query, Func<IReadOnlyList<string>, bool> Holds)>
        {
            (new() { Segment = segment }, r => r[2] == SegmentTexts[segment]),
            (new() { CsmId = csmId }, r => r[6] == withCsm.CsmName),
            (new() { OwnerId = ownerId }, r => r[7] == withOwner.OwnerName),
            (new() { RenewalWithinDays = 90 }, r => DateOnly.ParseExact(r[5], "yyyy-MM-dd", CultureInfo.InvariantCulture) <= today.AddDays(90)),
            (new() { Reason = rule }, _ => true),
            (new() { Segment = segment, Reason = rule }, r => r[2] == SegmentTexts[segment]),
        };

        var narrowed = 0;
        foreach (var (query, holds) in filters)
        {
            var queryString = AtRiskFilters.ToQueryString(query);
            var expected = await app.AsViewerAsync(a => a.GetAtRiskAsync(query with { PageSize = AnalyticsService.MaxAtRiskPageSize }));
            var client = await app.SignedInClientAsync(AppRoles.Viewer);

            using var response = await client.GetAsync(Uri(Path + queryString));

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{queryString}: {(int)response.StatusCode}");
            var rows = Csv.Parse(await response.Content.ReadAsStringAsync()).Skip(1).ToList();
            Assert.Equal(expected.Items.Select(r => r.AccountId), rows.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)));
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.True(holds(r), $"{queryString}: row {string.Join(",", r)} does not match the filter."));
            Assert.Subset(all.Items.Select(r => r.AccountId).ToHashSet(), rows.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).ToHashSet());
            narrowed += rows.Count < all.TotalCount ? 1 : 0;
        }

        Assert.True(narrowed >= filters.Count - 1, $"Only {narrowed} of {filters.Count} filters left out any row; the data cannot tell whether filters work.");
        using var lowerCase = await (await app.SignedInClientAsync(AppRoles.Viewer)).GetAsync(Uri($"{Path}?reason={rule.ToString().ToLowerInvariant()}"));
        Assert.Equal(HttpStatusCode.OK, lowerCase.StatusCode);
    }

    [Theory]
    [InlineData("segment=Huge", "segment")]
    [InlineData("segment=1", "segment")]                 // a number would silently pick Mid-Market
    [InlineData("segment=Smb%2CEnterprise", "segment")]  // Enum.TryParse would OR the two into Enterprise
    [InlineData("segment=Smb&segment=Enterprise", "segment")]
    [InlineData("csm=abc", "csm")]
    [InlineData("csm=0", "csm")]
    [InlineData("owner=-3", "owner")]
    [InlineData("owner=1.5", "owner")]
    [InlineData("renewal=soon", "renewal")]
    [InlineData("renewal=-30", "renewal")]
    [InlineData("renewal=99999", "renewal")]
    [InlineData("reason=Bored", "reason")]
    [InlineData("reason=3", "reason")]
    public async Task Bad_filter_value_gets_400_with_a_message_naming_the_parameter(string query, string parameter)
    {
        var client = await app.SignedInClientAsync(AppRoles.Viewer);

        using var response = await client.GetAsync(Uri($"{Path}?{query}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Invalid filter", problem.RootElement.GetProperty("title").GetString());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith($"{parameter} '", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Account id", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_value_of_a_request_is_named_not_just_the_last()
    {
        var client = await app.SignedInClientAsync(AppRoles.Viewer);

        using var response = await client.GetAsync(Uri($"{Path}?segment=Huge&renewal=soon&reason=Bored"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("segment 'Huge' is not one of: Smb, MidMarket, Enterprise.", detail, StringComparison.Ordinal);
        Assert.Contains("renewal 'soon' must be a number of days", detail, StringComparison.Ordinal);
        Assert.Contains("reason 'Bored' is not one of: AtRiskBand, ScoreDrop, RenewalSoonNotHealthy, OpenEscalation.", detail, StringComparison.Ordinal);
    }

    private static Uri Uri(string path) => new(path, UriKind.Relative);

    [GeneratedRegex(@"^at-risk-customers-\d{4}-\d{2}-\d{2}\.csv$")]
    private static partial Regex FileName();
}
