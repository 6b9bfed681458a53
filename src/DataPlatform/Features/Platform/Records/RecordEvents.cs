using DataPlatform.Domain.Timeline;

namespace DataPlatform.Features.Platform.Records;

/// <summary>Timeline events of experiments, models and deployments, with the fields the seed shows.</summary>
public static class RecordEvents
{
    public static TimelineEntry Experiment(ExperimentItem experiment, TimelineAction action, Guid actorId, DateTime now) => new(
        experiment.ProjectId,
        TimelineSubject.Experiment,
        action,
        experiment.Name,
        actorId,
        now,
        new TimelineDetails(
            DatasetId: experiment.DatasetId,
            ExperimentId: experiment.Id,
            Status: experiment.Status,
            TargetColumn: experiment.TargetColumn,
            ProblemType: experiment.ProblemType,
            BestModelType: experiment.BestModelType,
            Duration: experiment.Duration));

    public static TimelineEntry Model(ModelItem model, TimelineAction action, Guid actorId, DateTime now) =>
        new(model.ProjectId, TimelineSubject.Model, action, model.Name, actorId, now, new TimelineDetails(ExperimentId: model.ExperimentId, ModelId: model.Id));

    public static TimelineEntry Deployment(DeploymentItem deployment, TimelineAction action, Guid actorId, DateTime now) =>
        new(deployment.ProjectId, TimelineSubject.Deployment, action, deployment.Name, actorId, now, new TimelineDetails(ModelId: deployment.ModelId, Stage: deployment.Stage, IsActive: deployment.IsActive));
}
