namespace SalesOps.Services.Security;

/// <summary>
/// Declares that a service method reads only what the calling page or endpoint is already authorised to show, so any
/// signed-in caller may use it. Writing methods never carry this.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AnyUserAttribute : Attribute;
