namespace SalesOps.Services.Users;

/// <summary>
/// The outcome of creating a user or resetting a password: on success the generated one-time password, to be shown
/// once to the ops manager and never stored in clear; otherwise a message that says what to fix.
/// </summary>
public sealed record OneTimePasswordResult(bool Succeeded, string? Error = null, string? UserId = null, string? Password = null)
{
    public static OneTimePasswordResult Fail(string error) => new(false, error);
}
