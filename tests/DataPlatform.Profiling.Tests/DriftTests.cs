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

    [Fact]
    public void Kolmogorov_Smirnov_gives_the_exact_distance_and_the_asymptotic_p_value()
    {
        var basePath = Csv("x", Enumerable.Range(1, 5).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var newPath = Csv("x", Enumerable.Range(6, 5).Select(i => i.ToString(CultureInfo.InvariantCulture)));

        var test = Compare(basePath, newPath, new DriftColumn("x", DriftKind.Numeric))["x"].Test!;

        // D = 1; sqrt(5 * 5 / 10) D = 1.5811; Kolmogorov's survival 2(e^-5 - e^-20 + ...) (scipy: ks_2samp(..., method="asymp")).
        Assert.Equal("ks", test.Name);
        Assert.Equal(1, test.Statistic);
        Assert.Equal(2 * (Math.Exp(-5) - Math.Exp(-20) + Math.Exp(-45)), test.PValue, 12);
        Assert.True(test.Drifted);
    }

    [Theory]
    [InlineData("1,1,2,2", "1,2,2,2", 0.25)]
    [InlineData("1,2,3,4", "0,2.5,2.5,9", 0.25)]
    [InlineData("5,5,5", "5,5", 0)]
    [InlineData("1,2,3", "10,20", 1)]
    public void The_distance_is_the_largest_gap_between_the_two_step_functions_ties_included(string baseValues, string newValues, double distance)
    {
        var basePath = Csv("x", baseValues.Split(','));
        var newPath = Csv("x", newValues.Split(','));

        Assert.Equal(distance, Compare(basePath, newPath, new DriftColumn("x", DriftKind.Numeric))["x"].Test!.Statistic, 12);
    }

    [Fact]
    public void The_same_values_do_not_drift()
    {
        var path = Csv("x,city", Enumerable.Range(1, 1000).Select(i => $"{i % 37},{(i % 3 == 0 ? "Oslo" : "Rome")}"));

        var drift = Compare(path, path, new DriftColumn("x", DriftKind.Numeric), new DriftColumn("city", DriftKind.Categorical));

        Assert.Equal(0, drift["x"].Test!.Statistic);
        Assert.Equal(1, drift["x"].Test!.PValue);
        Assert.Equal(0, drift["city"].Test!.Statistic);
        Assert.Equal(1, drift["city"].Test!.PValue);
        Assert.False(drift["x"].Test!.Drifted || drift["city"].Test!.Drifted);
    }

    [Fact]
    public void Chi_square_compares_the_category_counts_of_the_two_versions()
    {
        var basePath = Csv("c", Repeat("a", 10).Concat(Repeat("b", 20)).Concat(Repeat("c", 30)));
        var newPath = Csv("c", Repeat("a", 20).Concat(Repeat("b", 20)).Concat(Repeat("c", 20)));

        var test = Compare(basePath, newPath, new DriftColumn("c", DriftKind.Categorical))["c"].Test!;

        // Expected counts 15, 20, 25 on each side: chi2 = 2 (25/15 + 25/25) = 16/3 with 2 degrees of freedom, p = e^(-chi2/2).
        Assert.Equal("chi_square", test.Name);
        Assert.Equal(16.0 / 3, test.Statistic, 12);
        Assert.Equal(Math.Exp(-8.0 / 3), test.PValue, 12);
        Assert.False(test.Drifted);
    }

    [Fact]
    public void Chi_square_with_one_degree_of_freedom_and_a_category_only_one_version_has()
    {
        var shifted = Compare(
            Csv("c", Repeat("a", 30).Concat(Repeat("b", 10))),
            Csv("c", Repeat("a", 10).Concat(Repeat("b", 30))),
            new DriftColumn("c", DriftKind.Categorical))["c"].Test!;
        var added = Compare(
            Csv("c", Repeat("a", 50)),
            Csv("c", Repeat("a", 40).Concat(Repeat("new", 10))),
            new DriftColumn("c", DriftKind.Categorical))["c"].Test!;

        // 2 x 2 table, expected 20 everywhere: chi2 = 4 * 100 / 20 = 20, p = erfc(sqrt(10)) = 7.744216e-6 (scipy: chi2.sf(20, 1)).
        Assert.Equal(20, shifted.Statistic, 12);
        Assert.Equal(7.744216431044e-6, shifted.PValue, 15);
        Assert.True(shifted.Drifted);
        // a: 50 and 40 of 90 (expected 45), new: 0 and 10 (expected 5): chi2 = 2 (25/45) + 2 (25/5) = 11.111; p = chi2.sf(11.111, 1) = 8.5812e-4.
        Assert.Equal((50.0 / 45) + 10, added.Statistic, 12);
        Assert.Equal(8.581207e-4, added.PValue, 9);
    }

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
