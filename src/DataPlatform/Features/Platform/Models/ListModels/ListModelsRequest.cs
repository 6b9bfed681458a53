using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Models.ListModels;

/// <param name="ProjectId">Only the models of this project.</param>
/// <param name="ExperimentId">Only the models of this experiment.</param>
/// <param name="Limit">Max items (1-500, default 50).</param>
/// <param name="Offset">Items to skip (default 0).</param>
public sealed record ListModelsRequest(
    [property: FromQuery(Name = "project_id")] Guid? ProjectId,
    [property: FromQuery(Name = "experiment_id")] Guid? ExperimentId,
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListModelsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => (ProjectId, ExperimentId) switch
    {
        ({ } project, null) => ProjectTarget.Project(project),
        (null, { } experiment) => ProjectTarget.Experiment(experiment),
        _ => throw new BadRequestException("Send exactly one of 'project_id', 'experiment_id'."),
    };
}
