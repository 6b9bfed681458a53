using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Models.DeleteModel;

public sealed record DeleteModelRequest(Guid ModelId) : ICommand<RecordDeleted>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Model(ModelId);

    string ICreatorMayAct.CreatedThing => "model";
}
