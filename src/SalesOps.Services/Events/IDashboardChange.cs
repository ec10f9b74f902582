namespace SalesOps.Services.Events;

/// <summary>
/// Marks the events after which dashboards and wall displays show different numbers. Live views subscribe to this one
/// type (the bus delivers every event assignable to it) rather than to each event, so a new kind of change reaches them
/// without touching a component.
/// </summary>
public interface IDashboardChange
{
    DateTimeOffset At { get; }
}
