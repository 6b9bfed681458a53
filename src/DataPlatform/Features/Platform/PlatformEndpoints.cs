using DataPlatform.Features.Platform.Members.AddMember;
using DataPlatform.Features.Platform.Members.ListMembers;
using DataPlatform.Features.Platform.Members.RemoveMember;
using DataPlatform.Features.Platform.Projects.CreateProject;
using DataPlatform.Features.Platform.Projects.DeleteProject;
using DataPlatform.Features.Platform.Projects.GetProject;
using DataPlatform.Features.Platform.Projects.ListProjects;
using DataPlatform.Features.Platform.Projects.UpdateProject;
using DataPlatform.Features.Platform.Timeline.GetTimeline;
using DataPlatform.Infrastructure.Http;

namespace DataPlatform.Features.Platform;

/// <summary>Every route of the native <c>/api</c> surface except auth, in one readable list.</summary>
public static class PlatformEndpoints
{
    public static void MapPlatform(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithGroupName(OpenApiSetup.Platform).RequireCaller();

        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapListProjects();
        projects.MapCreateProject();
        projects.MapGetProject();
        projects.MapUpdateProject();
        projects.MapDeleteProject();

        var members = api.MapGroup("/projects/{project_id:guid}/members").WithTags("Members");
        members.MapListMembers();
        members.MapAddMember();
        members.MapRemoveMember();

        var timeline = api.MapGroup("/projects/{project_id:guid}/timeline").WithTags("Timeline");
        timeline.MapGetTimeline();
    }
}
