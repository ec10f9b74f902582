namespace SalesOps.Core.Handoffs;

/// <summary>A person an e-mail goes to.</summary>
public sealed record EmailRecipient(string Name, string Address)
{
    public override string ToString() => $"{Name} <{Address}>";
}
