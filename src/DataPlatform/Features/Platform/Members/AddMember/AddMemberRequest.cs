using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Members.AddMember;

/// <param name="Email">Email of a registered user.</param>
/// <param name="Role">owner, editor or viewer (default viewer).</param>
public sealed record AddMemberRequest([property: Required] string? Email, string? Role = null) : ICommand<AddMemberResponse>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
