using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Profiling;

namespace DataPlatform.Features.Platform.Datasets;

/// <summary>A staged file and its profile, ready to become a dataset version.</summary>
public sealed record IngestedFile(StagedArtifact Staged, DatasetProfile Profile, string FileName);
