using SalesOps.Core.Domain;

namespace SalesOps.Services.Handoffs;

/// <summary>A contact of the account, to pick as a stakeholder.</summary>
public sealed record ContactOption(int Id, string Name, string? Title, string? Email, ContactRole Role);
