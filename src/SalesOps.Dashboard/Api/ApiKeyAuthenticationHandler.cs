using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SalesOps.Core.Security;
using SalesOps.Services.ApiKeys;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// Turns a valid <c>X-Api-Key</c> header into a principal for the services: named after the key (so the audit log and
/// the signal say which integration acted), carrying the <see cref="IntegrationPrincipal.ApiKeyClaim"/> claim (so
/// signals are recorded as posted by an integration) and the <see cref="AppRoles.Support"/> role. Support is the least
/// privileged role that passes <see cref="Policies.LogSignals"/>; the services check that role like any person's, and no
/// endpoint but the help-desk API accepts this scheme. Missing, unknown and revoked keys get 401 with problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyGate gate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The role an API key acts with (see the class remarks and docs/decisions/0007).</summary>
    public const string Role = AppRoles.Support;

    private readonly IApiKeyGate _gate = gate;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyAuthentication.HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        if (values.Count != 1)
        {
            return AuthenticateResult.Fail($"Send exactly one {ApiKeyAuthentication.HeaderName} header.");
        }

        // The failure message is logged by the framework: it must never contain the key.
        var key = await _gate.ValidateAsync(values.ToString().Trim(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or has been revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, PrincipalName(key)),
                new Claim(ClaimTypes.NameIdentifier, "api-key:" + key.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(IntegrationPrincipal.ApiKeyClaim, key.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Role, Role),
            ],
            ApiKeyAuthentication.SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = $"{ApiKeyAuthentication.SchemeName} header=\"{ApiKeyAuthentication.HeaderName}\"";
        var detail = result.Failure is { } failure
            ? $"{failure.Message} Ask an ops manager for a key (Administration → API keys) and send it in the {ApiKeyAuthentication.HeaderName} header."
            : $"Send your API key in the {ApiKeyAuthentication.HeaderName} header. Ops managers create keys under Administration → API keys; signing in with a browser does not open this API.";
        await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "API key required").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem("This API key may not do this.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(Context);

    /// <summary>How the audit log and the signal's "logged by" name the caller: the key's prefix and name, never the key.</summary>
    public static string PrincipalName(ApiKeyInfo key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"api-key:{key.Prefix} ({key.Name})";
    }
}
