using SalesOps.Data.Auditing;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Auth;

/// <summary>Makes the request's user the current user of services and the actor of audit entries.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(currentUser);
        currentUser.Set(context.User);
        using (AuditActor.Begin(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null))
        {
            await next(context);
        }
    }
}
