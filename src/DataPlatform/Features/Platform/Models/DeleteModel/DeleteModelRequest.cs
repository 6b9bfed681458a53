using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Models.DeleteModel;

public sealed record DeleteModelRequest(Guid ModelId) : ICommand<RecordDeleted>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Model(ModelId);
}
