using Microsoft.AspNetCore.Authorization;

namespace SalesOps.Dashboard.Auth;

/// <summary>
/// Met by a signed-in user, or by a request that carries an active wall-display token in the query string
/// (<see cref="WallDisplayHubAccess.TokenQueryKey"/>): what the Blazor hub asks of whoever opens a circuit.
/// </summary>
public sealed class SignedInOrWallDisplayRequirement : IAuthorizationRequirement;
