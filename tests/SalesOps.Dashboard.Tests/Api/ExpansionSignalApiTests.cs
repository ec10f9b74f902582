using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services.ApiKeys;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>
/// POST /api/expansion-signals over HTTP against the app on a real SQLite file: API-key authentication (and nothing
/// else), field-by-field validation as problem details, idempotency, and the OpenAPI description.
/// </summary>
public sealed class ExpansionSignalApiTests(SalesOpsAppFactory factory) : IClassFixture<SalesOpsAppFactory>
{
    private const string Path = ExpansionSignalEndpoints.Path;
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task A_request_without_a_key_gets_401_problem_details_and_stores_nothing()
    {
        var before = await SignalCountAsync();
        using var client = factory.CreateAnonymousClient();

        using var response = await PostAsync(client, apiKey: null, NewIdempotencyKey(), await ValidBodyAsync());

        await AssertUnauthorizedAsync(response, "X-Api-Key");
        Assert.Equal(before, await SignalCountAsync());
    }

    [Theory]
    [InlineData("sok_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-key")]
    public async Task An_unknown_key_gets_401_saying_so(string key)
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await PostAsync(client, key, NewIdempotencyKey(), await ValidBodyAsync());

        var problem = await AssertUnauthorizedAsync(response, "unknown or has been revoked");
        Assert.DoesNotContain(key, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_gets_401_from_its_next_request()
    {
        var (key, info) = await CreateKeyAsync("Revoked desk");
        using var client = factory.CreateAnonymousClient();
        using (var first = await PostAsync(client, key, NewIdempotencyKey(), await ValidBodyAsync()))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        await using (var scope = OpsScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<IApiKeyService>().RevokeAsync(info.Id)).Succeeded);
        }

        using var response = await PostAsync(client, key, NewIdempotencyKey(), await ValidBodyAsync());

        await AssertUnauthorizedAsync(response, "unknown or has been revoked");
    }

    [Fact]
    public async Task A_signed_in_browser_cookie_does_not_open_the_API()
    {
        var before = await SignalCountAsync();
        var ops = await factory.SignedInClientAsync(AppRoles.OpsManager);

        using var response = await PostAsync(ops, apiKey: null, NewIdempotencyKey(), await ValidBodyAsync());

        await AssertUnauthorizedAsync(response, "X-Api-Key");
        Assert.Equal(before, await SignalCountAsync());
    }

    [Fact]
    public async Task A_valid_request_stores_one_integration_signal_and_notifies_the_account_manager()
    {
        var (key, info) = await CreateKeyAsync("Zendesk macro");
        var account = await AccountWithOwnerAsync(0);
        var idempotencyKey = NewIdempotencyKey();
        using var client = factory.CreateAnonymousClient();

        using var response = await PostAsync(client, key, idempotencyKey, Body(account.Id, trigger: "Need_For_More_Capacity", sentiment: "Enthusiastic", arr: 24000.50m));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var id = json.RootElement.GetProperty("id").GetInt32();
        Assert.Equal($"/expansion/signals/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("integration", json.RootElement.GetProperty("source").GetString());
        Assert.Equal("account_manager_notified", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("need_for_more_capacity", json.RootElement.GetProperty("trigger").GetString());
        Assert.Equal(account.Id, json.RootElement.GetProperty("account_id").GetInt32());
        Assert.False(response.Headers.Contains(ExpansionSignalEndpoints.ReplayedHeader));

        await using var db = await ContextAsync();
        var signal = await db.ExpansionSignals.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal(SignalSource.Integration, signal.Source);
        Assert.Equal(ExpansionTrigger.NeedForMoreCapacity, signal.Trigger);
        Assert.Equal(Sentiment.Enthusiastic, signal.Sentiment);
        Assert.Equal(24000.50m, signal.EstimatedArr);
        Assert.Equal("Asked for 20 more seats before the next quarter.", signal.Context);
        Assert.Equal(account.OwnerId, signal.AccountManagerId);
        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.SignalId == id);
        Assert.Equal(account.OwnerId, notification.RecipientId);
        var audit = await db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == "ExpansionSignal" && a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action == AuditAction.Created);
        Assert.Equal($"api-key:{info.Prefix} (Zendesk macro)", audit.UserName);
        Assert.NotNull(await db.ApiKeys.AsNoTracking().Where(k => k.Id == info.Id).Select(k => k.LastUsedAt).SingleAsync());
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_again_answers_200_with_the_same_signal_and_stores_nothing_new()
    {
        var (key, _) = await CreateKeyAsync("Retrying desk");
        var account = await AccountWithOwnerAsync(1);
        var idempotencyKey = NewIdempotencyKey();
        using var client = factory.CreateAnonymousClient();
        using var first = await PostAsync(client, key, idempotencyKey, Body(account.Id));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        var countAfterFirst = await SignalCountAsync();

        using var replay = await PostAsync(client, key, idempotencyKey, Body(account.Id));
        // The same signal written differently (order, spacing, case of the trigger) is the same request.
        using var reformatted = await PostAsync(client, key, idempotencyKey,
            $$"""{ "context": "Asked for 20 more seats before the next quarter.",   "trigger": "NEED_FOR_MORE_CAPACITY", "account_id": {{account.Id}} }""");

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(firstBody, await replay.Content.ReadAsStringAsync());
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues(ExpansionSignalEndpoints.ReplayedHeader)));
        Assert.Equal(HttpStatusCode.OK, reformatted.StatusCode);
        Assert.Equal(firstBody, await reformatted.Content.ReadAsStringAsync());
        Assert.Equal(countAfterFirst, await SignalCountAsync());
        await using var db = await ContextAsync();
        var id = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.SignalId == id));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_body_answers_422_and_stores_nothing()
    {
        var (key, _) = await CreateKeyAsync("Sloppy desk");
        var account = await AccountWithOwnerAsync(2);
        var idempotencyKey = NewIdempotencyKey();
        using var client = factory.CreateAnonymousClient();
        using var first = await PostAsync(client, key, idempotencyKey, Body(account.Id));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var countAfterFirst = await SignalCountAsync();

        using var conflict = await PostAsync(client, key, idempotencyKey, Body(account.Id, context: "Something else entirely."));

        var errors = await AssertProblemAsync(conflict, HttpStatusCode.UnprocessableEntity);
        var message = Assert.Single(errors[ExpansionSignalEndpoints.IdempotencyKeyHeader]);
        Assert.Contains(idempotencyKey, message, StringComparison.Ordinal);
        Assert.Contains("different", message, StringComparison.Ordinal);
        Assert.Equal(countAfterFirst, await SignalCountAsync());
    }

    [Fact]
    public async Task Idempotency_keys_belong_to_their_API_key_so_two_help_desks_never_collide()
    {
        var (zendesk, _) = await CreateKeyAsync("Desk one");
        var (freshdesk, _) = await CreateKeyAsync("Desk two");
        var account = await AccountWithOwnerAsync(3);
        var idempotencyKey = NewIdempotencyKey();
        using var client = factory.CreateAnonymousClient();

        using var one = await PostAsync(client, zendesk, idempotencyKey, Body(account.Id));
        using var two = await PostAsync(client, freshdesk, idempotencyKey, Body(account.Id, context: "Another desk, another signal."));

        Assert.Equal(HttpStatusCode.Created, one.StatusCode);
        Assert.Equal(HttpStatusCode.Created, two.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task A_missing_idempotency_key_answers_400_naming_the_header_and_stores_nothing(string? idempotencyKey)
    {
        var (key, _) = await CreateKeyAsync("Forgetful desk");
        var before = await SignalCountAsync();
        using var client = factory.CreateAnonymousClient();

        using var response = await PostAsync(client, key, idempotencyKey, await ValidBodyAsync());

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([ExpansionSignalEndpoints.IdempotencyKeyHeader], errors.Keys);
        Assert.Equal(before, await SignalCountAsync());
    }

    [Fact]
    public async Task An_idempotency_key_longer_than_the_limit_answers_400()
    {
        var (key, _) = await CreateKeyAsync("Verbose desk");
        using var client = factory.CreateAnonymousClient();

        using var response = await PostAsync(client, key, new string('k', ExpansionSignalEndpoints.MaxIdempotencyKeyLength + 1), await ValidBodyAsync());

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("keep it to 100", Assert.Single(errors[ExpansionSignalEndpoints.IdempotencyKeyHeader]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_account_answers_400_naming_account_id()
    {
        var errors = await PostInvalidAsync(Body(int.MaxValue));

        Assert.Equal(["account_id"], errors.Keys);
        Assert.Contains($"Account {int.MaxValue} does not exist", errors["account_id"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_trigger_answers_400_naming_trigger_and_listing_the_valid_names()
    {
        var account = await AccountWithOwnerAsync(0);

        var errors = await PostInvalidAsync(Body(account.Id, trigger: "wants_more_stuff"));

        Assert.Equal(["trigger"], errors.Keys);
        Assert.Contains("'wants_more_stuff' is not an expansion trigger", errors["trigger"][0], StringComparison.Ordinal);
        Assert.Contains("need_for_more_capacity", errors["trigger"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_context_answers_400_naming_context(string context)
    {
        var account = await AccountWithOwnerAsync(0);

        var errors = await PostInvalidAsync(Body(account.Id, context: context));

        Assert.Equal(["context"], errors.Keys);
    }

    [Fact]
    public async Task Oversized_customer_words_answer_400_naming_customer_words()
    {
        var account = await AccountWithOwnerAsync(0);

        var errors = await PostInvalidAsync(Body(account.Id, words: new string('w', 4001)));

        Assert.Equal(["customer_words"], errors.Keys);
        Assert.Contains("keep them to 4000", errors["customer_words"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"account_id\": 1, \"trigger\": ")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public async Task A_body_that_is_not_a_JSON_object_answers_400_naming_the_body(string body)
    {
        var errors = await PostInvalidAsync(body);

        Assert.Equal(["body"], errors.Keys);
    }

    [Fact]
    public async Task Wrong_types_missing_and_unknown_fields_are_all_named_at_once()
    {
        var errors = await PostInvalidAsync("""
            {"account_id": "42", "context": 7, "sentiment": "ecstatic", "ticket_id": -3, "estimated_arr": "lots", "acount": 1}
            """);

        Assert.Equal(["account_id", "acount", "context", "estimated_arr", "sentiment", "ticket_id", "trigger"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("whole number", errors["account_id"][0], StringComparison.Ordinal);
        Assert.Contains("is required", errors["trigger"][0], StringComparison.Ordinal);
        Assert.Contains("not a field", errors["acount"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_declared_as_JSON_answers_415()
    {
        var (key, _) = await CreateKeyAsync("Form desk");
        using var client = factory.CreateAnonymousClient();

        using var response = await PostAsync(client, key, NewIdempotencyKey(), await ValidBodyAsync(), "application/x-www-form-urlencoded");

        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()} {response.Content.Headers.ContentType}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_anonymously_and_describes_the_endpoint()
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri(OpenApiHostingExtensions.DocumentPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var paths = root.GetProperty("paths");
        Assert.Equal([Path], paths.EnumerateObject().Select(p => p.Name));
        var post = paths.GetProperty(Path).GetProperty("post");
        var schemaRef = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = root.GetProperty("components").GetProperty("schemas").GetProperty(schemaRef.Split('/')[^1]);
        Assert.Equal(ExpansionSignalRequest.Fields.Order(StringComparer.Ordinal), schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["account_id", "context", "trigger"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains("need_for_more_capacity", schema.GetProperty("properties").GetProperty("trigger").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var header = Assert.Single(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == ExpansionSignalEndpoints.IdempotencyKeyHeader);
        Assert.Equal("header", header.GetProperty("in").GetString());
        Assert.True(header.GetProperty("required").GetBoolean());
        Assert.Equal(["200", "201", "400", "401", "403", "413", "415", "422", "429"], post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.True(post.GetProperty("security")[0].TryGetProperty(ApiKeyAuthentication.SchemeName, out _));
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiKeyAuthentication.SchemeName);
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
    }

    /// <summary>Posts with a fresh valid key and idempotency key; asserts 400 problem details and that nothing was stored.</summary>
    private async Task<Dictionary<string, string[]>> PostInvalidAsync(string body)
    {
        var (key, _) = await CreateKeyAsync("Validation desk " + Guid.NewGuid().ToString("N")[..6]);
        var before = await SignalCountAsync();
        using var client = factory.CreateAnonymousClient();

        using var response = await PostAsync(client, key, NewIdempotencyKey(), body);

        var errors = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await SignalCountAsync());
        return errors;
    }

    private static async Task<Dictionary<string, string[]>> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal((int)expected, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
        return json.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
    }

    private static async Task<string> AssertUnauthorizedAsync(HttpResponseMessage response, string detailContains)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"Expected 401, got {(int)response.StatusCode} {response.Headers.Location}: {text}");
        Assert.Null(response.Headers.Location);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", string.Join(" ", response.Headers.WwwAuthenticate), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Contains(detailContains, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return text;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? apiKey, string? idempotencyKey, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (apiKey is not null)
        {
            request.Headers.Add(ApiKeyAuthentication.HeaderName, apiKey);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(ExpansionSignalEndpoints.IdempotencyKeyHeader, idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    private static string Body(int accountId, string trigger = "need_for_more_capacity", string context = "Asked for 20 more seats before the next quarter.",
        string? words = null, string? sentiment = null, decimal? arr = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["account_id"] = accountId,
            ["trigger"] = trigger,
            ["context"] = context,
            ["customer_words"] = words,
            ["sentiment"] = sentiment,
            ["estimated_arr"] = arr,
        });

    private async Task<string> ValidBodyAsync() => Body((await AccountWithOwnerAsync(0)).Id);

    private static string NewIdempotencyKey() => "test-" + Guid.NewGuid().ToString("N");

    /// <summary>A key created the way an ops manager creates one: through the checked service, as an ops manager.</summary>
    private async Task<(string Key, ApiKeyInfo Info)> CreateKeyAsync(string name)
    {
        await using var scope = OpsScope();
        var created = await scope.ServiceProvider.GetRequiredService<IApiKeyService>().CreateAsync(name);
        Assert.True(created.Succeeded, created.Error);
        return (created.Key!, created.Info!);
    }

    private AsyncServiceScope OpsScope()
    {
        _ = factory.Server;
        var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, DemoSignIn.DemoEmail(AppRoles.OpsManager)), new Claim(ClaimTypes.Role, AppRoles.OpsManager)], "Test")));
        return scope;
    }

    private async Task<Account> AccountWithOwnerAsync(int skip)
    {
        await using var db = await ContextAsync();
        return await db.Accounts.AsNoTracking().Where(a => a.OwnerId != null).OrderBy(a => a.Id).Skip(skip).FirstAsync();
    }

    /// <summary>Signals posted through the API (usage detection runs in the background and adds signals of its own).</summary>
    private async Task<int> SignalCountAsync()
    {
        await using var db = await ContextAsync();
        return await db.ExpansionSignals.CountAsync(s => s.Source == SignalSource.Integration);
    }

    private Task<SalesOpsDbContext> ContextAsync()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SalesOpsDbContext>>().CreateDbContextAsync();
    }
}
