using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// The services' current user as the component under test sees it: whoever bUnit's AddAuthorization() signed in, so
/// the services' own access rules apply to the role a test sets.
/// </summary>
public sealed class BunitCurrentUser(AuthenticationStateProvider authentication) : ICurrentUser
{
    // bUnit's provider answers synchronously.
    public ClaimsPrincipal Principal => authentication.GetAuthenticationStateAsync().GetAwaiter().GetResult().User;
}
