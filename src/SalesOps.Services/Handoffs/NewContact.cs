using SalesOps.Core.Domain;

namespace SalesOps.Services.Handoffs;

/// <summary>A contact added on the spot while naming stakeholders.</summary>
public sealed record NewContact(string? FirstName, string? LastName, string? Email, string? Title, ContactRole Role);
