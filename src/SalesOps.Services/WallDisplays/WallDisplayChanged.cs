namespace SalesOps.Services.WallDisplays;

/// <summary>
/// A display token was revoked, reinstated or given another rotation. Not a dashboard change (no number moves), so
/// only a wall showing that token needs to care: it re-reads its token and rotation.
/// </summary>
public sealed record WallDisplayChanged(int Id, DateTimeOffset At);
