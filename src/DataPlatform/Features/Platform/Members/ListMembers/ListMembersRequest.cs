using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Members.ListMembers;

/// <param name="Limit">Max items (1-100, default 50).</param>
/// <param name="Offset">Items to skip (default 0).</param>
public sealed record ListMembersRequest(
    [property: FromRoute(Name = "project_id")] Guid ProjectId,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListMembersResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
