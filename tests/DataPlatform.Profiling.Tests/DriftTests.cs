using System.Globalization;
using System.Text;

namespace DataPlatform.Profiling.Tests;

/// <summary>PSI between two files against a plain computation of the formula.</summary>
public sealed class DriftTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-drift-").FullName;

    [Fact]
    public void The_same_file_has_no_drift()
    {
        var path = Csv("x,city", Enumerable.Range(1, 100).Select(i => $"{i},{(i % 3 == 0 ? "Oslo" : "Rome")}"));

        var drift = Compare(path, path, new DriftColumn("x", DriftKind.Numeric), new DriftColumn("city", DriftKind.Categorical));

        Assert.Equal(0, drift["x"].Psi);
        Assert.Equal(0, drift["city"].Psi);
    }

    [Fact]
    public void Numeric_PSI_uses_the_base_deciles_and_epsilon_for_empty_bins()
    {
        var basePath = Csv("x", Enumerable.Range(1, 100).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var newPath = Csv("x", Enumerable.Range(51, 100).Select(i => i.ToString(CultureInfo.InvariantCulture)));

        var psi = Compare(basePath, newPath, new DriftColumn("x", DriftKind.Numeric))["x"].Psi!.Value;

        // Base deciles of 1..100 are 10.9, 20.8, ..., 90.1: ten bins of 10 values. 51..150 falls in
        // the upper five: 10, 10, 10, 10 and 60 values; the lower five are empty.
        double[] expected = [.. Enumerable.Repeat(0.1, 10)];
        double[] actual = [0, 0, 0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.6];
        Assert.Equal(PlainPsi(expected, actual), psi, 12);
        Assert.Equal("high", Drift.ShiftLevel(psi));
    }

    [Fact]
    public void Categorical_PSI_counts_new_and_vanished_categories()
    {
        var basePath = Csv("city", Repeat("Oslo", 50).Concat(Repeat("Rome", 50)));
        var newPath = Csv("city", Repeat("Oslo", 40).Concat(Repeat("Rome", 40)).Concat(Repeat("Kyiv", 20)));

        var drift = Compare(basePath, newPath, new DriftColumn("city", DriftKind.Categorical))["city"];

        Assert.Equal(PlainPsi([0, 0.5, 0.5], [0.2, 0.4, 0.4]), drift.Psi!.Value, 12);
        Assert.Equal(["Kyiv"], drift.CategoriesAdded);
        Assert.Empty(drift.CategoriesRemoved!);
    }

    [Fact]
    public void Missing_values_are_left_out_and_an_empty_side_has_no_PSI()
    {
        var basePath = Csv("x,y", Enumerable.Range(1, 10).Select(i => $"{i},"));
        var newPath = Csv("x,y", Enumerable.Range(1, 10).Select(i => $"{i},{i}").Append(","));

        var drift = Compare(basePath, newPath, new DriftColumn("x", DriftKind.Numeric), new DriftColumn("y", DriftKind.Numeric));

        Assert.Equal(0, drift["x"].Psi);
        Assert.Null(drift["y"].Psi);
        Assert.NotNull(drift["y"].Note);
    }

    [Fact]
    public void Too_many_categories_get_no_PSI()
    {
        var path = Csv("id", Enumerable.Range(0, Drift.MaxCategories + 1).Select(i => $"k{i}"));

        var drift = Compare(path, path, new DriftColumn("id", DriftKind.Categorical));

        Assert.Null(drift["id"].Psi);
        Assert.Contains("10,000", drift["id"].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "low")]
    [InlineData(0.0999, "low")]
    [InlineData(0.1, "moderate")]
    [InlineData(0.25, "moderate")]
    [InlineData(0.2501, "high")]
    public void Shift_levels(double psi, string level) => Assert.Equal(level, Drift.ShiftLevel(psi));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IEnumerable<string> Repeat(string value, int count) => Enumerable.Repeat(value, count);

    private static double PlainPsi(double[] expected, double[] actual) =>
        expected.Zip(actual, (e, a) => (Math.Max(a, Drift.Epsilon) - Math.Max(e, Drift.Epsilon)) * Math.Log(Math.Max(a, Drift.Epsilon) / Math.Max(e, Drift.Epsilon))).Sum();

    private static IReadOnlyDictionary<string, ColumnDrift> Compare(string basePath, string newPath, params DriftColumn[] columns) =>
        Drift.Compare(basePath, null, Profiler.Profile(basePath).Schema, Profiler.Profile(basePath).Statistics.RowCount, newPath, null, Profiler.Profile(newPath).Schema, columns);

    private string Csv(string header, IEnumerable<string> rows)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
