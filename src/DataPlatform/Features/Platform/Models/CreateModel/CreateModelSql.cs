namespace DataPlatform.Features.Platform.Models.CreateModel;

internal static class CreateModelSql
{
    public const string Insert =
        """
        INSERT INTO models (id, project_id, experiment_id, name, algorithm, metrics, artifact_id, file_name, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @ExperimentId, @Name, @Algorithm, @Metrics, @ArtifactId, @FileName, @UserId, @Now, @Now)
        """;
}
