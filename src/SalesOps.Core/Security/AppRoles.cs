namespace SalesOps.Core.Security;

/// <summary>The roles of DESIGN.md. A user may hold several.</summary>
public static class AppRoles
{
    public const string OpsManager = nameof(OpsManager);
    public const string Sales = nameof(Sales);
    public const string Success = nameof(Success);
    public const string Support = nameof(Support);
    public const string Viewer = nameof(Viewer);

    public static IReadOnlyList<string> All { get; } = [OpsManager, Sales, Success, Support, Viewer];
}
