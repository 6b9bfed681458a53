using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Domain.Projects;

/// <summary>A registered user about to join, change role in or leave a project.</summary>
public sealed record MemberCandidate
{
    public required Guid UserId { get; init; }

    public required string Email { get; init; }

    /// <summary>Their role in the project; null when they are not a member.</summary>
    public required ProjectRole? Role { get; init; }

    /// <summary>How many owners the project has.</summary>
    public required long Owners { get; init; }
}
