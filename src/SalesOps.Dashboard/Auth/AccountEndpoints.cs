using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SalesOps.Data.Identity;

namespace SalesOps.Dashboard.Auth;

/// <summary>Sign-out: a form POST (antiforgery-checked), never a GET that a link or image could trigger.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AuthHostingExtensions.LogoutPath, async ([FromServices] SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect($"~{AuthHostingExtensions.LoginPath}?signedOut=1");
        }).RequireAuthorization();

        // Company single sign-on: hand over to the identity provider; OidcSignIn completes the sign-in.
        endpoints.MapPost("/account/external-login", ([FromForm] string provider, [FromForm] string? returnUrl, SignInManager<AppUser> signIn) =>
        {
            var properties = signIn.ConfigureExternalAuthenticationProperties(provider, Components.Pages.Account.Login.SafeReturnUrl(returnUrl));
            return Results.Challenge(properties, [provider]);
        }).AllowAnonymous();
        return endpoints;
    }
}
