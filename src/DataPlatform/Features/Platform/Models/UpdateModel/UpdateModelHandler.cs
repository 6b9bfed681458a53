using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Models.UpdateModel;

public sealed class UpdateModelHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<UpdateModelRequest, ModelItem>
{
    public async ValueTask<ModelItem> Handle(UpdateModelRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE models SET name = COALESCE(@Name, name), metrics = COALESCE(@Metrics, metrics), updated_at = @Now WHERE id = @Id",
            new { Id = request.ModelId, Name = request.Name is null ? null : Names.Normalize(request.Name), Metrics = RecordRules.JsonText(request.Metrics), Now = now },
            transaction,
            cancellationToken: cancellationToken));
        var model = await RecordRules.ModelAsync(connection, transaction, request.ModelId, cancellationToken);
        await ProjectTimeline.RecordAsync(session, RecordEvents.Model(model, TimelineAction.Updated, currentUser.Id, now), cancellationToken);
        return model;
    }
}
