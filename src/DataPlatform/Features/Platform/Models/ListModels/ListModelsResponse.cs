using DataPlatform.Features.Platform.Records;

namespace DataPlatform.Features.Platform.Models.ListModels;

public sealed record ListModelsResponse(IReadOnlyList<ModelItem> Items, long Total, int Limit, int Offset);
