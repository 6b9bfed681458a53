using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.DeleteExperiment;

public sealed record DeleteExperimentRequest(Guid ExperimentId) : ICommand<RecordDeleted>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Experiment(ExperimentId);
}
