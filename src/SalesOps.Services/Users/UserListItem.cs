namespace SalesOps.Services.Users;

/// <summary>One row of the Users page.</summary>
public sealed record UserListItem(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool IsDisabled,
    DateTimeOffset? LockedOutUntil,
    bool IsDemo,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt,
    int? TeamMemberId,
    string? TeamMemberName);
