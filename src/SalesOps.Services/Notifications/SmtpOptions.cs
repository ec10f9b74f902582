namespace SalesOps.Services.Notifications;

/// <summary>The outgoing mail server (section <c>Smtp</c>). Without a host the app sends no mail.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS on 587, implicit TLS on 465; off only for a local relay.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "salesops@localhost";
    public string FromName { get; set; } = "SalesOps Dashboard";
}
