using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.DeleteExperiment;

public sealed record DeleteExperimentRequest(Guid ExperimentId) : ICommand<RecordDeleted>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Experiment(ExperimentId);

    string ICreatorMayAct.CreatedThing => "experiment";
}
