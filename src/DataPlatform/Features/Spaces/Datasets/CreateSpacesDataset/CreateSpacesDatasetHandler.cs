using System.Text.Json;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.CreateSpacesDataset;

public sealed class CreateSpacesDatasetHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ProjectAccess access) : ICommandHandler<CreateSpacesDatasetRequest, SpacesDataset>
{
    public async ValueTask<SpacesDataset> Handle(CreateSpacesDatasetRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var name = Names.Normalize(request.Name!);
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var projectId = access.ProjectId;
        await DatasetWriter.CreateAsync(
            session,
            database,
            new NewDataset(id, projectId, name, request.Description, currentUser.Id, now)
            {
                Tags = SpacesStore.TagsJson(request.Tags ?? []),
                Metadata = request.Metadata is { ValueKind: JsonValueKind.Object } metadata ? metadata.GetRawText() : null,
            },
            TimelineAction.Created,
            new TimelineDetails(DatasetId: id),
            cancellationToken);
        var dataset = await SpacesStore.DatasetAsync(connection, transaction, projectId, name, cancellationToken);
        return dataset.ToDataset();
    }
}
