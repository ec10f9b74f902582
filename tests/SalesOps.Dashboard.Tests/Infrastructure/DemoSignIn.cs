using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SalesOps.Data.Startup;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// Signs in over HTTP the way a browser does: GET the sign-in page, take its antiforgery field, POST the form with
/// <c>_handler=login</c>, and keep the cookies (antiforgery and <c>SalesOps.Auth</c>) in the client.
/// </summary>
public static partial class DemoSignIn
{
    public const string LoginPath = "/account/login";
    public const string AuthCookie = "SalesOps.Auth";
    public const string DemoPassword = "Demo-Password-2026";

    /// <summary>The demo user holding <paramref name="role"/> (one per role, created with the demo data).</summary>
    public static string DemoEmail(string role) => IdentitySeeder.DemoUsers.Single(u => u.Role == role).Email;

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient CreateClient(WebApplicationFactory<Program> factory, bool handleCookies = true)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });
    }

    /// <summary>A new client signed in as the demo user of <paramref name="role"/>; fails the test when sign-in fails.</summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(WebApplicationFactory<Program> factory, string role)
    {
        var client = CreateClient(factory);
        using var response = await PostLoginAsync(client, DemoEmail(role), DemoPassword);
        if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.TryGetValues("Set-Cookie", out var cookies)
            || !cookies.Any(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal)))
        {
            var body = await response.Content.ReadAsStringAsync();
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {role} answered {(int)response.StatusCode} without an auth cookie: {AlertText(body) ?? body[..Math.Min(400, body.Length)]}");
        }

        return client;
    }

    /// <summary>The antiforgery field of the sign-in page (its cookie stays in a cookie-handling client).</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(HttpClient client, string path = LoginPath)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
        page.EnsureSuccessStatusCode();
        return AntiforgeryToken(await page.Content.ReadAsStringAsync())
            ?? throw new InvalidOperationException($"{path} has no __RequestVerificationToken field.");
    }

    /// <summary>Posts the sign-in form; with <paramref name="withAntiforgery"/> false the token field is left out.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? returnUrl = null, bool withAntiforgery = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "login"),
            new("Input.Email", email),
            new("Input.Password", password),
        };
        if (withAntiforgery)
        {
            fields.Add(new("__RequestVerificationToken", await GetAntiforgeryTokenAsync(client)));
        }

        var path = returnUrl is null ? LoginPath : $"{LoginPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The value of the first <c>__RequestVerificationToken</c> input in <paramref name="html"/>, or null.</summary>
    public static string? AntiforgeryToken(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var input = AntiforgeryInput().Match(html);
        if (!input.Success)
        {
            return null;
        }

        var value = ValueAttribute().Match(input.Value);
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
    }

    /// <summary>The text of the page's role="alert" paragraph (the sign-in error), or null.</summary>
    public static string? AlertText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = Alert().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
    }

    /// <summary>The path a redirect points to (absolute or relative Location), or null when it is not a redirect.</summary>
    public static string? RedirectPath(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
    }

    /// <summary>A cookie header value for the given name/value pairs.</summary>
    public static string CookieHeader(IEnumerable<KeyValuePair<string, string>> cookies) =>
        string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    /// <summary>The name=value pairs a response sets (attributes such as path dropped).</summary>
    public static IReadOnlyDictionary<string, string> SetCookies(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).Select(v => v.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal)
            : new Dictionary<string, string>();
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<p[^>]*role=\"alert\"[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Alert();
}
