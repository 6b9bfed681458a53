using DataPlatform.Domain.Artifacts;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Timeline;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Models.CreateModel;

/// <summary>The model file, when there is one, is streamed to storage while hashed and stored once per content, like dataset files.</summary>
public sealed class CreateModelHandler(DatabaseSession session, Database database, IArtifactStore artifacts, IOptions<DataPlatformOptions> options, CurrentUser currentUser, Clock clock, ProjectAccess access)
    : ICommandHandler<CreateModelRequest, ModelItem>
{
    public async ValueTask<ModelItem> Handle(CreateModelRequest request, CancellationToken cancellationToken)
    {
        var staged = request.File is { } file ? await artifacts.StageAsync(file.Content, options.Value.MaxDatasetUploadBytes, cancellationToken) : null;
        return await ArtifactRows.StoreAsync(session, database, artifacts, staged, async (connection, transaction) =>
        {
            var now = clock.UtcNow();
            var projectId = access.ProjectId;
            var artifactId = staged is null ? (Guid?)null : await ArtifactRows.FindOrInsertAsync(database, connection, transaction, staged, now, cancellationToken);
            var id = Guid.CreateVersion7();
            await ModelWriter.InsertAsync(
                session,
                new NewModel(
                    id, projectId, request.ExperimentId!.Value, Names.Normalize(request.Name!), Names.Normalize(request.Algorithm!), RecordRules.JsonText(request.Metrics),
                    artifactId, request.File?.FileName, currentUser.Id, now, now),
                cancellationToken);
            var model = await RecordRules.ModelAsync(connection, transaction, id, cancellationToken);
            await ProjectTimeline.RecordAsync(session, RecordEvents.Model(model, TimelineAction.Created, currentUser.Id, now), cancellationToken);
            return model;
        }, cancellationToken);
    }
}
