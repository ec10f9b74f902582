using SalesOps.Core.Domain;

namespace SalesOps.Services.Accounts;

/// <summary>A team member as a choice in a filter or picker.</summary>
public sealed record TeamMemberOption(int Id, string Name, TeamRole Role);
