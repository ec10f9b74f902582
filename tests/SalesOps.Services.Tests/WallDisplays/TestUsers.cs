using System.Security.Claims;
using SalesOps.Services.Security;

namespace SalesOps.Services.Tests.WallDisplays;

/// <summary>Signed-in (or anonymous) current users for calling services through their authorizing proxy.</summary>
public static class TestUsers
{
    public static CurrentUser Anonymous() => new();

    public static CurrentUser WithRole(string role, string name = "someone@example.test")
    {
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test")));
        return user;
    }
}
