using Microsoft.AspNetCore.Authentication;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// The "ApiKey" authentication scheme: an integration sends its key in the <see cref="HeaderName"/> header. It is not
/// the default scheme; only endpoints that name it (the help-desk API) authenticate with it, so a key opens nothing else.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string SchemeName = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public static AuthenticationBuilder AddApiKey(this AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        return authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SchemeName, displayName: null, configureOptions: null);
    }
}
