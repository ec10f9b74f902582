using Microsoft.EntityFrameworkCore;
using SalesOps.Data;
using SalesOps.Services.Security;

namespace SalesOps.Services.Common;

/// <summary>The team member the signed-in user is linked to (by their user record), if any.</summary>
internal static class CurrentTeamMember
{
    public static async Task<int?> IdAsync(SalesOpsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        if (!user.IsAuthenticated)
        {
            return null;
        }

        var name = user.Name;
        return await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => u.TeamMemberId).FirstOrDefaultAsync(ct);
    }

    /// <summary>The linked team member's id and name, in one query; (null, null) for a user linked to none.</summary>
    public static async Task<(int? Id, string? Name)> FindAsync(SalesOpsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        if (!user.IsAuthenticated)
        {
            return (null, null);
        }

        var name = user.Name;
        var member = await db.Users.AsNoTracking().Where(u => u.UserName == name && u.TeamMember != null)
            .Select(u => new { u.TeamMember!.Id, u.TeamMember.Name }).FirstOrDefaultAsync(ct);
        return (member?.Id, member?.Name);
    }
}
