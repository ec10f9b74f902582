namespace SalesOps.Services.Security;

/// <summary>
/// Declares which policy (SalesOps.Core.Security.Policies) a service method needs. Every method of a service
/// interface carries this attribute or <see cref="AnyUserAttribute"/>; <see cref="AuthorizingProxy{TService}"/>
/// enforces it on every call.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresPolicyAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}
