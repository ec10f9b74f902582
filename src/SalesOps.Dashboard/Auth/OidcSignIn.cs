using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SalesOps.Data.Identity;

namespace SalesOps.Dashboard.Auth;

/// <summary>
/// Finishes a company single sign-on: the identity provider's user becomes (or updates) a local user with the roles
/// its claim maps to, and is signed in with the app's own cookie, so disabling and auditing work as for anyone else.
/// </summary>
public static class OidcSignIn
{
    public static async Task CompleteAsync(TicketReceivedContext context, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var principal = context.Principal!;
        var email = principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("email") ?? principal.FindFirstValue("preferred_username");
        var services = context.HttpContext.RequestServices;
        if (string.IsNullOrWhiteSpace(email))
        {
            context.Fail("The identity provider sent no e-mail address.");
            return;
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roles = options.RolesFor(principal.FindAll(options.RoleClaim).Select(c => c.Value));
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = principal.FindFirstValue("name") ?? email,
                CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                context.Fail(string.Join("; ", created.Errors.Select(e => e.Description)));
                return;
            }
        }

        if (user.IsDisabled)
        {
            context.Fail("This user is disabled.");
            return;
        }

        // The identity provider is the source of truth for SSO users' roles.
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal));
        await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal));

        await services.GetRequiredService<SignInManager<AppUser>>().SignInAsync(user, isPersistent: false);
        context.HttpContext.Response.Redirect(context.ReturnUri ?? "/");
        context.HandleResponse();
    }
}
