using SalesOps.Core.Configuration;

namespace SalesOps.Services.WallDisplays;

/// <summary>
/// What a wall with an active token shows: its name, the rotation it runs (customer names already replaced when the
/// rotation hides them), when its figures count as stale, when its token expires, and the figures of each panel read
/// at <paramref name="AsOf"/>.
/// </summary>
public sealed record WallDisplayReading(
    int DisplayId,
    string DisplayName,
    WallRotation Rotation,
    int StaleAfterSeconds,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset AsOf,
    WallPanelData Panels);
