using Dapper;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Timeline;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.CreateExperiment;

public sealed class CreateExperimentHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<CreateExperimentRequest, ExperimentItem>
{
    public async ValueTask<ExperimentItem> Handle(CreateExperimentRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.UtcNow();
        var status = request.Status ?? "running";
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var datasetId = request.DatasetId;
        var datasetVersionId = request.DatasetVersionId;
        if (request.DatasetVersionId is { } versionId)
        {
            var versionDataset = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
                CreateExperimentSql.VersionDataset, new { request.ProjectId, VersionId = versionId }, transaction, cancellationToken: cancellationToken))
                ?? throw new BadRequestException("'dataset_version_id' is not a version of a dataset of this project.");
            if (datasetId is not null && datasetId != versionDataset)
            {
                throw new BadRequestException("'dataset_version_id' is not a version of 'dataset_id'.");
            }

            datasetId = versionDataset;
        }
        else if (datasetId is not null)
        {
            // The data the experiment saw is the dataset's newest version now: the lineage keeps it when newer ones come.
            var newest = await connection.QuerySingleOrDefaultAsync<NewestVersion>(new CommandDefinition(
                CreateExperimentSql.NewestVersionInProject, new { request.ProjectId, DatasetId = datasetId }, transaction, cancellationToken: cancellationToken))
                ?? throw new BadRequestException("'dataset_id' is not a dataset of this project.");
            datasetVersionId = newest.VersionId;
        }

        await ExperimentWriter.InsertAsync(
            session,
            new NewExperiment(id, request.ProjectId!.Value, Names.Normalize(request.Name!), request.Description, currentUser.Id, now, now)
            {
                DatasetId = datasetId,
                DatasetVersionId = datasetVersionId,
                TargetColumn = request.TargetColumn,
                ProblemType = request.ProblemType,
                Status = status,
                Metrics = RecordRules.JsonText(request.Metrics),
                FinishedAt = RecordRules.FinalStatuses.Contains(status) ? now : null,
            },
            cancellationToken);
        var experiment = await RecordRules.ExperimentAsync(connection, transaction, id, cancellationToken);
        await ProjectTimeline.RecordAsync(session, RecordEvents.Experiment(experiment, TimelineAction.Created, currentUser.Id, now), cancellationToken);
        return experiment;
    }

    private sealed record NewestVersion(Guid? VersionId);
}
