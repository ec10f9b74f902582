namespace SalesOps.Services.Events;

/// <summary>A new CRM configuration version is in force (saved, imported, applied from an instruction or rolled back).</summary>
public sealed record ConfigurationChanged(int Version, DateTimeOffset At) : IDashboardChange;
