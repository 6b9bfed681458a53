using DataPlatform.Features.Platform.Records;

namespace DataPlatform.Features.Platform.Experiments.ListExperiments;

public sealed record ListExperimentsResponse(IReadOnlyList<ExperimentItem> Items, long Total, int Limit, int Offset);
