using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Security;
using SalesOps.Dashboard.Tests.Hardening;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.ApiKeys;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>The help-desk API is rate-limited like every /api endpoint, and API keys never reach the logs.</summary>
public sealed class ExpansionSignalApiHardeningTests(ExpansionSignalApiHardeningTests.App factory) : IClassFixture<ExpansionSignalApiHardeningTests.App>
{
    private const int Limit = 5;

    /// <summary>A small API limit with a window long enough that the test cannot straddle two windows.</summary>
    public sealed class App : HardeningAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Security:RateLimits:Api:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Security:RateLimits:Api:Window", "00:10:00"),
        ];
    }

    [Fact]
    public async Task Requests_beyond_the_API_limit_get_429_and_no_request_logs_the_key()
    {
        string key;
        _ = factory.Server;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "ops@example.test"), new Claim(ClaimTypes.Role, AppRoles.OpsManager)], "Test")));
            key = (await scope.ServiceProvider.GetRequiredService<IApiKeyService>().CreateAsync("Log check desk")).Key!;
        }

        using var client = DemoSignIn.CreateClient(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Limit; i++)
        {
            // A valid key with a bad body, then a wrong key: both must stay out of the logs.
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ExpansionSignalEndpoints.Path, UriKind.Relative))
            {
                Content = new StringContent("{\"account_id\": 0}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(ApiKeyAuthentication.HeaderName, i % 2 == 0 ? key : key[..^2] + "zz");
            request.Headers.Add(ExpansionSignalEndpoints.IdempotencyKeyHeader, $"limit-{i}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (i == Limit)
            {
                Assert.Equal(SecurityHostingExtensions.RateLimitedMessage, await response.Content.ReadAsStringAsync());
                Assert.True(response.Headers.Contains("Content-Security-Policy"));
            }
        }

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests],
            statuses);
        var logs = factory.LogMessages.ToArray();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, m => m.Contains(key[ApiKeyTokens.PrefixLength..], StringComparison.Ordinal));
        Assert.DoesNotContain(logs, m => m.Contains(key[..^2] + "zz", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, m => m.Contains(ApiKeyTokens.Hash(key), StringComparison.Ordinal));
    }
}
