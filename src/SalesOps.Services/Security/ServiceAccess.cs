using System.Reflection;
using System.Security.Claims;
using SalesOps.Core.Security;

namespace SalesOps.Services.Security;

/// <summary>Checks service calls against the access rule each interface method declares.</summary>
public static class ServiceAccess
{
    /// <summary>The service wrapped so that every call is checked for <paramref name="user"/>.</summary>
    public static TService Wrap<TService>(TService inner, ICurrentUser user) where TService : class
    {
        var proxy = DispatchProxy.Create<TService, AuthorizingProxy<TService>>();
        ((AuthorizingProxy<TService>)(object)proxy).Initialize(inner, user);
        return proxy;
    }

    /// <summary>The policy a method needs, or null for [AnyUser]; throws when it declares neither.</summary>
    public static string? PolicyOf(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var policy = method.GetCustomAttribute<RequiresPolicyAttribute>()?.Policy;
        return policy is null && method.GetCustomAttribute<AnyUserAttribute>() is null
            ? throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} declares no access rule ([RequiresPolicy] or [AnyUser]).")
            : policy;
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless <paramref name="user"/> may call <paramref name="method"/>.</summary>
    public static void Demand(MethodInfo method, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var policy = PolicyOf(method);
        if (!user.IsAuthenticated)
        {
            throw new AccessDeniedException("Sign in first.");
        }

        if (policy is not null && !Policies.Allows(policy, user.Principal.FindAll(ClaimTypes.Role).Select(c => c.Value)))
        {
            throw new AccessDeniedException($"You may not do this: it takes one of the roles {string.Join(", ", Policies.Roles[policy])}.");
        }
    }
}
