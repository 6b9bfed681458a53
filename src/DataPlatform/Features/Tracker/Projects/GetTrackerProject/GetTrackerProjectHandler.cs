using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.GetTrackerProject;

public sealed class GetTrackerProjectHandler(Database database) : IQueryHandler<GetTrackerProjectRequest, TrackerProject>
{
    public async ValueTask<TrackerProject> Handle(GetTrackerProjectRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await TrackerProjects.LoadAsync(connection, null, TrackerProjects.OneProjectId, request, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException($"Project {request.ProjectId} not found.");
    }
}
