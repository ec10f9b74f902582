namespace SalesOps.Core.Domain;

/// <summary>
/// A message for one team member in the in-app notification centre (a handoff reminder, a signal to act on, ...),
/// with a link to where the work is. Read when the recipient opens or dismisses it.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public int RecipientId { get; set; }
    public TeamMember? Recipient { get; set; }
    public NotificationKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    /// <summary>An address inside the app, such as <c>/handoffs/12</c>.</summary>
    public string? Link { get; set; }
    public int? AccountId { get; set; }
    public int? HandoffId { get; set; }
    public int? SignalId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
