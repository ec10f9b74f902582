using System.Security.Claims;

namespace SalesOps.Services.Security;

/// <summary>
/// Scoped holder of the current principal: set per HTTP request by middleware and per Blazor circuit from its
/// authentication state. Anonymous until set.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public ClaimsPrincipal Principal { get; private set; } = new(new ClaimsIdentity());

    public void Set(ClaimsPrincipal principal) => Principal = principal ?? throw new ArgumentNullException(nameof(principal));
}
