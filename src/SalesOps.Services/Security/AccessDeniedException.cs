namespace SalesOps.Services.Security;

/// <summary>The current user may not do what they asked; the message says which role it takes.</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message) : base(message)
    {
    }

    public AccessDeniedException(string message, Exception inner) : base(message, inner)
    {
    }
}
