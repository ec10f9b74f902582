using System.Security.Claims;

namespace SalesOps.Services.Security;

/// <summary>The person (or wall display) the current request or circuit acts for.</summary>
public interface ICurrentUser
{
    ClaimsPrincipal Principal { get; }

    bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    string Name => Principal.Identity?.Name ?? "anonymous";
}
