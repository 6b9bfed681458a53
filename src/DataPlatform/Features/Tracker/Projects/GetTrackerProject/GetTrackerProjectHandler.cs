using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.GetTrackerProject;

public sealed class GetTrackerProjectHandler(DatabaseSession session) : IQueryHandler<GetTrackerProjectRequest, TrackerProject>
{
    public async ValueTask<TrackerProject> Handle(GetTrackerProjectRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await TrackerProjects.LoadAsync(connection, null, TrackerProjects.OneProjectId, request, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException($"Project {request.ProjectId} not found.");
    }
}
