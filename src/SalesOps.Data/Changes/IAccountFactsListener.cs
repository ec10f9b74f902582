namespace SalesOps.Data.Changes;

/// <summary>
/// Told after a save has stored changes to accounts' tickets, usage, activities or signals, so that what is derived
/// from them (support fields, health) follows without every write path having to remember it. Called on the saving
/// thread: implementations only queue the work.
/// </summary>
public interface IAccountFactsListener
{
    void OnAccountFactsChanged(AccountFactsChange change);
}
