using System.Text.Json.Nodes;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Profiling;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.Comparisons;

/// <summary>
/// Schema differences and the figures from the two stored profiles; PSI needs the values, so both
/// files are read once more (the base version's numbers are held in memory while its deciles are
/// cut). Large comparisons run one at a time per instance, so that their memory does not add up;
/// small ones (a few million values and 32 MiB of files at most) run beside them, a few at a time,
/// so that a comparison of two small versions never waits behind one of two large ones (a 3-row
/// compare waited 7 s behind three 200 MB ones).
/// </summary>
/// <remarks>Shared by the JSON comparison and the drift report, which draw the same figures.</remarks>
public sealed class VersionComparison(DatabaseSession session, IArtifactStore artifacts, IOptions<JsonOptions> json, ILogger<VersionComparison> logger)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Small comparisons run side by side, but a bounded number of them: each still holds its files' text values.</summary>
    private static readonly SemaphoreSlim SmallOnes = new(2 * Environment.ProcessorCount, 2 * Environment.ProcessorCount);

    /// <summary>Values held at once (rows times compared columns of the base version) below which a comparison may run beside others: 32 MiB of doubles.</summary>
    private const long SmallComparisonValues = 4L * 1024 * 1024;

    /// <summary>The two files' bytes below which a comparison may run beside others: text values are held as strings, whatever their length.</summary>
    private const long SmallComparisonBytes = 32L * 1024 * 1024;

    /// <summary>Versions <paramref name="v1"/> (the base) and <paramref name="v2"/> of a dataset, compared; 404 when either is missing.</summary>
    public async Task<ComparedVersions> CompareAsync(Guid datasetId, long v1, long v2, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var (first, second) = await DatasetVersionRow.RequirePairAsync(connection, datasetId, v1, v2, cancellationToken);

        var options = json.Value.SerializerOptions;
        var firstSchema = first.Schema(options);
        var secondSchema = second.Schema(options);
        var firstTypes = firstSchema.ToDictionary(c => c.Name, c => c.Dtype, StringComparer.Ordinal);
        var secondTypes = secondSchema.ToDictionary(c => c.Name, c => c.Dtype, StringComparer.Ordinal);
        var shared = firstSchema.Where(c => secondTypes.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        var summary = new CompareSummary(
            first.Version,
            second.Version,
            first.RowCount,
            second.RowCount,
            second.RowCount - first.RowCount,
            first.ColumnCount,
            second.ColumnCount,
            secondSchema.Where(c => !firstTypes.ContainsKey(c.Name)).Select(c => c.Name).ToList(),
            firstSchema.Where(c => !secondTypes.ContainsKey(c.Name)).Select(c => c.Name).ToList(),
            shared.Where(name => firstTypes[name] != secondTypes[name]).Select(name => new ColumnTypeChange(name, firstTypes[name], secondTypes[name])).ToList());

        var compared = shared
            .Where(name => KindOf(firstTypes[name]) == KindOf(secondTypes[name]))
            .Select(name => (Name: name, Kind: KindOf(firstTypes[name])))
            .ToList();
        logger.LogInformation("Comparing versions {V1} and {V2} of dataset {DatasetId}: {Columns} columns", first.Version, second.Version, datasetId, compared.Count);
        IReadOnlyDictionary<string, ColumnDrift> drift;
        var bytes = new FileInfo(artifacts.PathOf(first.Sha256)).Length + new FileInfo(artifacts.PathOf(second.Sha256)).Length;
        var turn = Math.Max(first.RowCount, second.RowCount) * Math.Max(1, compared.Count) > SmallComparisonValues || bytes > SmallComparisonBytes ? OneAtATime : SmallOnes;
        await turn.WaitAsync(cancellationToken);

        try
        {
            drift = await Task.Run(
                () => Drift.Compare(
                    artifacts.PathOf(first.Sha256),
                    first.Dialect,
                    firstSchema.Select(c => (c.Name, c.Dtype)).ToList(),
                    first.RowCount,
                    artifacts.PathOf(second.Sha256),
                    second.Dialect,
                    secondSchema.Select(c => (c.Name, c.Dtype)).ToList(),
                    compared.Select(c => new DriftColumn(c.Name, c.Kind == ColumnKind.Categorical ? DriftKind.Categorical : DriftKind.Numeric)).ToList(),
                    cancellationToken),
                cancellationToken);
        }
        finally
        {
            turn.Release();
        }

        var firstColumns = Columns(first);
        var secondColumns = Columns(second);
        var diffs = compared.ToDictionary(
            c => c.Name,
            c => Diff(c.Kind, firstColumns[c.Name]!, secondColumns[c.Name]!, drift[c.Name]),
            StringComparer.Ordinal);
        var tested = diffs.Values.Count(d => d.Test is not null);
        var drifted = diffs.Values.Count(d => d.Test is { Drifted: true });
        var share = tested == 0 ? 0 : (double)drifted / tested;
        return new ComparedVersions(first, second, new CompareDatasetVersionsResponse(summary, diffs, tested, drifted, share, tested > 0 && share >= Drift.DatasetDriftShare));
    }

    private enum ColumnKind
    {
        Numeric,
        Date,
        Categorical,
    }

    private static ColumnKind KindOf(string type) => type switch
    {
        "int64" or "float64" => ColumnKind.Numeric,
        "datetime64" => ColumnKind.Date,
        _ => ColumnKind.Categorical,
    };

    private static JsonObject Columns(DatasetVersionRow version) => JsonNode.Parse(version.StatisticsJson!)!["columns"]!.AsObject();

    private static ColumnDiff Diff(ColumnKind kind, JsonNode first, JsonNode second, ColumnDrift drift)
    {
        var missingV1 = Number(first, "missing_percent") ?? 0;
        var missingV2 = Number(second, "missing_percent") ?? 0;
        var level = drift.Psi is { } psi ? Drift.ShiftLevel(psi) : null;
        switch (kind)
        {
            case ColumnKind.Numeric:
                var meanV1 = Number(first, "mean");
                var meanV2 = Number(second, "mean");
                return new NumericColumnDiff
                {
                    V1Mean = meanV1,
                    V2Mean = meanV2,
                    V1Std = Number(first, "std"),
                    V2Std = Number(second, "std"),
                    MissingV1 = missingV1,
                    MissingV2 = missingV2,
                    MeanShiftPct = meanV1 is { } a && a != 0 && meanV2 is { } b ? (b - a) / Math.Abs(a) * 100 : null,
                    Psi = drift.Psi,
                    ShiftLevel = level,
                    PsiNote = drift.Note,
                    Test = drift.Test,
                };
            case ColumnKind.Date:
                return new DateColumnDiff
                {
                    V1Min = Text(first, "min"),
                    V1Max = Text(first, "max"),
                    V2Min = Text(second, "min"),
                    V2Max = Text(second, "max"),
                    MissingV1 = missingV1,
                    MissingV2 = missingV2,
                    Psi = drift.Psi,
                    ShiftLevel = level,
                    PsiNote = drift.Note,
                    Test = drift.Test,
                };
            default:
                return new CategoricalColumnDiff
                {
                    V1Unique = (long)(Number(first, "unique") ?? 0),
                    V2Unique = (long)(Number(second, "unique") ?? 0),
                    MissingV1 = missingV1,
                    MissingV2 = missingV2,
                    CategoriesAdded = drift.CategoriesAdded,
                    CategoriesRemoved = drift.CategoriesRemoved,
                    Psi = drift.Psi,
                    ShiftLevel = level,
                    PsiNote = drift.Note,
                    Test = drift.Test,
                };
        }
    }

    private static double? Number(JsonNode column, string name) => column[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    private static string? Text(JsonNode column, string name) => column[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
