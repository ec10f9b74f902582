using Microsoft.AspNetCore.Authorization;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Auth;

/// <summary>
/// Lets a wall display open its circuit without a session: the token in the hub's query string is checked by the
/// wall gate on the negotiation and on the connection itself, so a revoked, expired or made-up token gets no circuit.
/// </summary>
public sealed class SignedInOrWallDisplayHandler(IWallDisplayGate gate) : AuthorizationHandler<SignedInOrWallDisplayRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInOrWallDisplayRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
            return;
        }

        if (context.Resource is HttpContext http
            && http.Request.Query.TryGetValue(WallDisplayHubAccess.TokenQueryKey, out var token)
            && token.Count == 1
            && await gate.ValidateAsync(token[0], http.RequestAborted) is not null)
        {
            context.Succeed(requirement);
        }
    }
}
