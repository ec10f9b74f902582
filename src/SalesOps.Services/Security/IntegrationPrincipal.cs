using System.Security.Claims;

namespace SalesOps.Services.Security;

/// <summary>The claim an API-key principal carries, so services record what came from an integration.</summary>
public static class IntegrationPrincipal
{
    public const string ApiKeyClaim = "salesops:api_key";

    public static bool IsIntegration(this ICurrentUser user) => user.Principal.HasClaim(c => c.Type == ApiKeyClaim);
}
