namespace SalesOps.Services.Users;

/// <summary>A user an ops manager adds: e-mail (also the sign-in name), display name and at least one role.</summary>
public sealed record NewUser(string Email, string DisplayName, IReadOnlyCollection<string> Roles);
