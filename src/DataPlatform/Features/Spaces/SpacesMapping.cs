using System.Text.Json;
using DataPlatform.Domain.Collections;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Spaces;

/// <summary>Datasets and collections as the Spaces surface shows them.</summary>
public static class SpacesMapping
{
    public static SpacesDataset ToDataset(this DatasetRow row) =>
        new(row.Id, row.Name, row.Description, Tags(row), row.ProjectId, StoredJson.From(row.Metadata), row.CreatedAt, row.UpdatedAt);

    public static SpacesDatasetDetail ToDetail(this DatasetRow row, IReadOnlyList<SpacesCollection> collections) =>
        new(row.Id, row.Name, row.Description, Tags(row), row.ProjectId, StoredJson.From(row.Metadata), row.CreatedAt, row.UpdatedAt, collections);

    public static SpacesCollection ToCollection(this CollectionRow row) =>
        new(row.Id, row.Name, row.MemberList, row.DatasetId, row.ProjectId, row.CreatedAt, row.UpdatedAt);

    private static IReadOnlyList<string> Tags(DatasetRow row) => row.Tags is null ? [] : JsonSerializer.Deserialize<List<string>>(row.Tags)!;
}
