using Microsoft.AspNetCore.Authorization;

namespace SalesOps.Dashboard.Auth;

/// <summary>
/// Who may open a Blazor circuit: signed-in users, as before, and wall displays with an active token, whose page is
/// interactive so that it updates live (wwwroot/js/wall-start.js puts the token into the hub's address). Everyone
/// else is still refused at the hub, so an anonymous visitor gets no circuit at all.
/// </summary>
public static class WallDisplayHubAccess
{
    public const string Policy = "SignedInOrWallDisplay";

    /// <summary>The hub query-string parameter that carries a wall's token.</summary>
    public const string TokenQueryKey = "wall";

    private const string HubPath = "/_blazor";

    public static IServiceCollection AddWallDisplayHubAccess(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddRequirements(new SignedInOrWallDisplayRequirement()));
        // Scoped: it uses the scoped wall gate of the request.
        services.AddScoped<IAuthorizationHandler, SignedInOrWallDisplayHandler>();
        return services;
    }

    /// <summary>
    /// Puts <see cref="Policy"/> on the Blazor hub and its negotiation in place of the app's fallback policy. Two of
    /// the hub's helper endpoints admit everyone, because a wall's browser calls them without its token: the list of
    /// JS initializers (public file names) and the disconnect beacon sent when a page unloads (it names a circuit by
    /// its secret id, so a wall that reloads frees its old circuit at once). The pages keep their own rules.
    /// </summary>
    public static TBuilder RequireSignInOrWallDisplayOnHub<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route)
            {
                return;
            }

            var path = "/" + (route.RoutePattern.RawText ?? "").Trim('/');
            if (OpenHubPaths.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
            else if (path.Equals(HubPath, StringComparison.OrdinalIgnoreCase) || path.StartsWith(HubPath + "/", StringComparison.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(Policy));
            }
        });
        return builder;
    }

    private static readonly string[] OpenHubPaths = [HubPath + "/initializers", HubPath + "/disconnect"];
}
