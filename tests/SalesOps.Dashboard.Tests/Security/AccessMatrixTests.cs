using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using Xunit.Abstractions;

namespace SalesOps.Dashboard.Tests.Security;

/// <summary>
/// Every routable page and every endpoint, found by reflection and from the app's endpoint table, requested
/// anonymously and as each demo role after a real sign-in; the answer must match the route's authorization metadata.
/// New pages and endpoints are covered without editing this class.
/// </summary>
public sealed class AccessMatrixTests(ManySignInsAppFactory factory, ITestOutputHelper output) : IClassFixture<ManySignInsAppFactory>, IDisposable
{
    private const string AccessDeniedPath = "/account/access-denied";

    /// <summary>Anonymous (null) and each role of DESIGN.md.</summary>
    private static readonly IReadOnlyList<string?> Callers = [null, .. AppRoles.All];

    /// <summary>Pages whose own answer is an error status by design, with that status.</summary>
    private static readonly Dictionary<string, HttpStatusCode> OwnStatus = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal)
    {
        [AccessDeniedPath] = HttpStatusCode.Forbidden,
    };

    public static IReadOnlyList<Type> RoutablePages { get; } = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>(inherit: false).Any())
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void Every_routable_page_declares_Authorize_or_AllowAnonymous()
    {
        var offenders = RoutablePages.Where(t => !RouteAccess.IsDeclared(t)).Select(t => t.FullName).ToList();

        Assert.Contains(RoutablePages, t => t.Name == "AccountsList");
        Assert.True(offenders.Count == 0, "Pages without [Authorize(Policy = ...)] or [AllowAnonymous]: " + string.Join(", ", offenders));
    }

    [Fact]
    public async Task Every_page_answers_anonymous_visitors_and_each_role_as_its_attributes_say()
    {
        var values = await RouteValuesAsync();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var page in RoutablePages)
        {
            var access = RouteAccess.For(page);
            foreach (var template in page.GetCustomAttributes<RouteAttribute>(inherit: false).Select(r => r.Template))
            {
                var (path, madeUp) = values.Fill(template);
                foreach (var caller in Callers)
                {
                    var client = await ClientAsync(caller);
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                    var problem = await CheckAsync(response, access, caller, path, madeUp, api: false);
                    checkedCount++;
                    output.WriteLine($"{path,-40} {Name(caller),-10} {access.Rule,-30} → {(int)response.StatusCode} {response.Headers.Location}");
                    if (problem is not null)
                    {
                        failures.Add($"{page.Name} {path} as {Name(caller)} ({access.Rule}): {problem}");
                    }
                }
            }
        }

        Assert.True(checkedCount >= RoutablePages.Count * Callers.Count, "The matrix checked fewer requests than pages × callers.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} requests answered differently from the page's attributes:{Environment.NewLine}" + string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_GET_endpoint_answers_anonymous_visitors_and_each_role_as_its_metadata_says()
    {
        var values = await RouteValuesAsync();
        var endpoints = NonPageEndpoints().Where(e => e.Methods.Contains(HttpMethods.Get)).ToList();
        Assert.Contains(endpoints, e => e.Template == "/healthz");
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var (path, madeUp) = values.Fill(endpoint.Template);
            foreach (var caller in Callers)
            {
                var client = await ClientAsync(caller);
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                output.WriteLine($"GET {path,-36} {Name(caller),-10} {endpoint.Access.Rule,-30} → {(int)response.StatusCode} {response.Headers.Location}");
                var problem = await CheckAsync(response, endpoint.Access, caller, path, madeUp, api: IsApi(path));
                if (problem is not null)
                {
                    failures.Add($"GET {path} as {Name(caller)} ({endpoint.Access.Rule}): {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_endpoint_that_takes_no_GET_refuses_an_anonymous_request_without_a_token()
    {
        var values = await RouteValuesAsync();
        var endpoints = NonPageEndpoints().Where(e => !e.Methods.Contains(HttpMethods.Get)).ToList();
        Assert.Contains(endpoints, e => e.Template == "/account/logout");
        var failures = new List<string>();
        using var anonymous = factory.CreateAnonymousClient();
        foreach (var endpoint in endpoints)
        {
            var (path, _) = values.Fill(endpoint.Template);
            foreach (var method in endpoint.Methods.DefaultIfEmpty(HttpMethods.Post))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
                {
                    Content = new FormUrlEncodedContent([new("probe", "1")]),
                };
                using var response = await anonymous.SendAsync(request);
                output.WriteLine($"{method} {path,-36} anonymous {endpoint.Access.Rule,-30} → {(int)response.StatusCode} {response.Headers.Location}");
                if (response.IsSuccessStatusCode)
                {
                    failures.Add($"{method} {path} answered {(int)response.StatusCode} to an anonymous request without antiforgery token.");
                }
                else if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{method} {path} failed with {(int)response.StatusCode}.");
                }
                else if (!endpoint.Access.Anonymous)
                {
                    var problem = await CheckAsync(response, endpoint.Access, null, path, madeUp: false, api: IsApi(path));
                    if (problem is not null)
                    {
                        failures.Add($"{method} {path} anonymous ({endpoint.Access.Rule}): {problem}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Null when the response matches the expectation, otherwise what is wrong.</summary>
    private static async Task<string?> CheckAsync(HttpResponseMessage response, RouteAccess access, string? caller, string path, bool madeUp, bool api)
    {
        var status = response.StatusCode;
        if ((int)status >= 500)
        {
            return $"server error {(int)status}";
        }

        if (access.Allows(caller))
        {
            var expected = OwnStatus.TryGetValue(path, out var own) ? own : HttpStatusCode.OK;
            if (status == expected || (madeUp && status == HttpStatusCode.NotFound) || (expected == HttpStatusCode.OK && response.IsSuccessStatusCode && api))
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync();
            return $"expected {(int)expected}, got {(int)status} {response.Headers.Location} {DemoSignIn.AlertText(body)}";
        }

        if (caller is null)
        {
            if (api)
            {
                return status == HttpStatusCode.Unauthorized ? null : $"expected 401 for an API, got {(int)status} {response.Headers.Location}";
            }

            return status == HttpStatusCode.Redirect && DemoSignIn.RedirectPath(response) == DemoSignIn.LoginPath
                ? null
                : $"expected 302 to {DemoSignIn.LoginPath}, got {(int)status} {response.Headers.Location}";
        }

        if (api)
        {
            return status == HttpStatusCode.Forbidden ? null : $"expected 403 for an API, got {(int)status} {response.Headers.Location}";
        }

        // Identity's cookie handler answers a signed-in user without the role with a redirect to the access-denied page.
        return status == HttpStatusCode.Redirect && DemoSignIn.RedirectPath(response) == AccessDeniedPath
            ? null
            : $"expected 302 to {AccessDeniedPath}, got {(int)status} {response.Headers.Location}";
    }

    private sealed record EndpointInfo(string Template, IReadOnlyList<string> Methods, RouteAccess Access);

    /// <summary>Endpoints of the app other than pages, static files and the Blazor framework's own (/_blazor, /_framework).</summary>
    private List<EndpointInfo> NonPageEndpoints()
    {
        _ = factory.Server; // the endpoint table exists once the app has started
        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .Where(e => !e.Metadata.Any(m => m.GetType().FullName?.Contains("StaticAsset", StringComparison.Ordinal) == true))
            .Select(e => (Endpoint: e, Template: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
            .Where(e => !e.Template.StartsWith("/_", StringComparison.Ordinal))
            .GroupBy(e => e.Template, StringComparer.Ordinal)
            .Select(g => new EndpointInfo(
                g.Key,
                g.SelectMany(e => e.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } methods ? methods : [HttpMethods.Get],
                RouteAccess.From(g.First().Endpoint.Metadata)))
            .OrderBy(e => e.Template, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsApi(string path) => path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path == "/api";

    private async Task<HttpClient> ClientAsync(string? role) =>
        role is null ? _anonymous ??= factory.CreateAnonymousClient() : await factory.SignedInClientAsync(role);

    private HttpClient? _anonymous;

    public void Dispose() => _anonymous?.Dispose();

    private static string Name(string? caller) => caller ?? "anonymous";

    private async Task<RouteValues> RouteValuesAsync()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContextAsync();
        var accountId = await db.Accounts.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var userId = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).FirstAsync();
        return new RouteValues(accountId, userId);
    }
}
