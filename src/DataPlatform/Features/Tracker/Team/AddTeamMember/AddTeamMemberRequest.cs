using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Team.AddTeamMember;

/// <param name="UserId">The user to add, by id; or send <c>email</c>.</param>
/// <param name="Email">The user to add, by email; or send <c>userId</c>.</param>
public sealed record AddTeamMemberRequest(
    [property: JsonPropertyName("userId")] Guid? UserId = null,
    [property: JsonPropertyName("email")] string? Email = null) : ICommand<TrackerProject>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
