using System.Reflection;
using System.Runtime.ExceptionServices;

namespace SalesOps.Services.Security;

/// <summary>
/// Wraps a service so that each call is checked against the policy its interface method declares before the service
/// runs (<see cref="ServiceAccess"/>). Every service is registered through it, so a new writing method cannot skip the
/// check.
/// </summary>
public class AuthorizingProxy<TService> : DispatchProxy where TService : class
{
    private TService _inner = default!;
    private ICurrentUser _user = default!;

    internal void Initialize(TService inner, ICurrentUser user)
    {
        _inner = inner;
        _user = user;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        ServiceAccess.Demand(targetMethod, _user);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}
