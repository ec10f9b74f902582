namespace SalesOps.Data.Startup;

/// <summary>The database named in configuration cannot be used; the message says which one and why.</summary>
public sealed class DatabaseStartupException : Exception
{
    public DatabaseStartupException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    public DatabaseStartupException()
    {
    }

    public DatabaseStartupException(string message) : base(message)
    {
    }
}
