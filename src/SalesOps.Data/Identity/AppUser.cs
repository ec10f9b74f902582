using Microsoft.AspNetCore.Identity;
using SalesOps.Core.Domain;

namespace SalesOps.Data.Identity;

/// <summary>A person who signs in. Linked to the team member they are (by e-mail) when there is one.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? TeamMemberId { get; set; }
    public TeamMember? TeamMember { get; set; }
    /// <summary>Disabled users cannot sign in and are signed out at the next security check.</summary>
    public bool IsDisabled { get; set; }
    /// <summary>Created with the demo data; the sign-in page lists demo users and their password.</summary>
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
}
