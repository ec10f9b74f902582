namespace SalesOps.Browser.Tests.Infrastructure;

/// <summary>A failed browser test, with the screenshot path and the browser's own complaints added to the message.</summary>
public sealed class BrowserTestFailedException : Exception
{
    public BrowserTestFailedException()
    {
    }

    public BrowserTestFailedException(string message) : base(message)
    {
    }

    public BrowserTestFailedException(string message, Exception inner) : base(message, inner)
    {
    }
}
