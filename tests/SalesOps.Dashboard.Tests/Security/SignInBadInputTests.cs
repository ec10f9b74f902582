using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data.Identity;

namespace SalesOps.Dashboard.Tests.Security;

/// <summary>
/// Refused sign-ins over HTTP: one generic message and status for every failure, antiforgery, lockout, disabled
/// users and tampered cookies. Each test makes its own user so lockouts do not spill into other tests.
/// </summary>
public sealed partial class SignInBadInputTests(ManySignInsAppFactory factory) : IClassFixture<ManySignInsAppFactory>
{
    private const string Password = "Right-Password-2026!";

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_401_and_the_same_page()
    {
        var email = await CreateUserAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";
        using var client = factory.CreateAnonymousClient();

        using var wrongPassword = await DemoSignIn.PostLoginAsync(client, email, "Wrong-Password-2026!");
        using var unknownEmail = await DemoSignIn.PostLoginAsync(client, unknown, "Wrong-Password-2026!");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        var a = await wrongPassword.Content.ReadAsStringAsync();
        var b = await unknownEmail.Content.ReadAsStringAsync();
        Assert.StartsWith("Sign-in failed", DemoSignIn.AlertText(a), StringComparison.Ordinal);
        Assert.Equal(DemoSignIn.AlertText(a), DemoSignIn.AlertText(b));
        // Apart from the echoed address and the per-request antiforgery value, the two pages are identical.
        Assert.Equal(Comparable(a, email), Comparable(b, unknown));
        Assert.False(DemoSignIn.SetCookies(wrongPassword.Headers).ContainsKey(DemoSignIn.AuthCookie));
    }

    [Fact]
    public async Task Sign_in_without_antiforgery_token_is_refused_with_400_and_signs_nobody_in()
    {
        var email = await CreateUserAsync();
        using var client = factory.CreateAnonymousClient();

        using var response = await DemoSignIn.PostLoginAsync(client, email, Password, withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(DemoSignIn.SetCookies(response.Headers).ContainsKey(DemoSignIn.AuthCookie));
        NoInternals(await response.Content.ReadAsStringAsync());
        var user = await FindAsync(email);
        Assert.Null(user.LastSignInAt);
        Assert.Equal(0, user.AccessFailedCount);
        using var after = await client.GetAsync(new Uri("/accounts", UriKind.Relative));
        Assert.Equal(DemoSignIn.LoginPath, DemoSignIn.RedirectPath(after));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_password_fails_with_the_same_message()
    {
        var email = await CreateUserAsync();
        using var client = factory.CreateAnonymousClient();
        string? message = null;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await DemoSignIn.PostLoginAsync(client, email, $"Wrong-Password-{attempt}!");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            message = DemoSignIn.AlertText(await wrong.Content.ReadAsStringAsync());
        }

        using var right = await DemoSignIn.PostLoginAsync(client, email, Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(message, DemoSignIn.AlertText(await right.Content.ReadAsStringAsync()));
        Assert.False(DemoSignIn.SetCookies(right.Headers).ContainsKey(DemoSignIn.AuthCookie));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task Disabled_user_cannot_sign_in_with_the_right_password()
    {
        var email = await CreateUserAsync();
        using var control = factory.CreateAnonymousClient();
        using (var ok = await DemoSignIn.PostLoginAsync(control, email, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode); // the same user could sign in while enabled
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.IsDisabled = true;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        using var client = factory.CreateAnonymousClient();
        using var response = await DemoSignIn.PostLoginAsync(client, email, Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Sign-in failed", DemoSignIn.AlertText(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(DemoSignIn.SetCookies(response.Headers).ContainsKey(DemoSignIn.AuthCookie));
    }

    [Fact]
    public async Task Tampered_auth_cookie_is_treated_as_anonymous_without_an_error_page()
    {
        var email = await CreateUserAsync();
        using var signIn = factory.CreateAnonymousClient();
        using var response = await DemoSignIn.PostLoginAsync(signIn, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = DemoSignIn.SetCookies(response.Headers)[DemoSignIn.AuthCookie];
        using var raw = DemoSignIn.CreateClient(factory, handleCookies: false);
        // The genuine cookie works, so a refusal below is the tampering's doing.
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(raw, cookie)).Status);

        string[] tampered =
        [
            Flip(cookie, cookie.Length / 2), Flip(cookie, 10), Flip(cookie, cookie.Length - 3),
            cookie[..(cookie.Length / 2)], cookie + "AA", "not-a-cookie",
        ];
        foreach (var value in tampered)
        {
            var (status, location, body) = await GetWithCookieAsync(raw, value);

            Assert.Equal(HttpStatusCode.Redirect, status);
            Assert.Equal(DemoSignIn.LoginPath, location);
            NoInternals(body);
        }
    }

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> GetWithCookieAsync(HttpClient client, string authCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/accounts", UriKind.Relative));
        request.Headers.Add("Cookie", $"{DemoSignIn.AuthCookie}={authCookie}");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, DemoSignIn.RedirectPath(response), await response.Content.ReadAsStringAsync());
    }

    private static string Flip(string value, int index)
    {
        var chars = value.ToCharArray();
        chars[index] = chars[index] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private static void NoInternals(string body)
    {
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("StackTrace", body, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The page without what differs per request anyway: the echoed address and encrypted tokens/state.</summary>
    private static string Comparable(string html, string email) =>
        ProtectedState().Replace(AntiforgeryValue().Replace(html.Replace(email, "{email}", StringComparison.Ordinal), "value=\"{token}\""), "");

    private async Task<string> CreateUserAsync()
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test user", CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, AppRoles.Viewer)).Succeeded);
        return email;
    }

    private async Task<AppUser> FindAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
    }

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\"[^>]*)value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryValue();

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*-->")]
    private static partial Regex ProtectedState();
}
