using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.GetExperiment;

public sealed record GetExperimentRequest(Guid ExperimentId) : IQuery<ExperimentItem>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Experiment(ExperimentId);
}
