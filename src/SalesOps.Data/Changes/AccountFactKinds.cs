namespace SalesOps.Data.Changes;

/// <summary>The kinds of account facts that the health model and the support fields are computed from.</summary>
[Flags]
public enum AccountFactKinds
{
    None = 0,
    Tickets = 1,
    Usage = 2,
    Activities = 4,
    Signals = 8,
}
