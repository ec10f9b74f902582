namespace SalesOps.Services.Deals;

/// <summary>The outcome of moving a deal: done (with the handoff it started, if any) or a message saying why not.</summary>
public sealed record DealStageResult(bool Succeeded, string? Error, int? HandoffId)
{
    public static DealStageResult Fail(string error) => new(false, error, null);
}
