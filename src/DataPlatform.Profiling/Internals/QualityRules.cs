using System.Globalization;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// The quality checks and the score. Each check has a threshold (pass/fail) and a weight: the score
/// is 100 minus each weight times its share, never below 0.
/// </summary>
internal static class QualityRules
{
    /// <summary>
    /// Points per column that is more than half missing, times its missing share: a column 90% empty
    /// costs at least 4.5 points however many columns the table has (the share of all cells alone made
    /// it 2.7 points in a table of ten columns).
    /// </summary>
    private const double MostlyMissingWeight = 5;

    /// <summary>The most points mostly missing columns take off together: 20 optional empty columns of 2,000 must not zero the score.</summary>
    private const double MostlyMissingCap = 20;

    public const string Formula =
        "100 - 30*missing_cell_share - min(20, 5*(sum of the missing share of each column more than half missing)) - 20*duplicate_row_share - 10*empty_column_share - 5*constant_column_share"
        + " - 15*mixed_type_column_share - 10*whitespace_value_share - 10*mean_outlier_share (shares from 0 to 1), at least 0";

    public static QualityReport Evaluate(DatasetStatistics statistics, IReadOnlyList<ColumnAccumulator> columns)
    {
        var rows = statistics.RowCount;
        var all = statistics.Columns.ToList();
        var cells = Math.Max(1, rows * all.Count);
        var columnCount = Math.Max(1, all.Count);
        var checks = new List<QualityCheck>();

        var missingCells = all.Sum(c => c.Value.Missing);
        var overMissing = all.Where(c => c.Value.MissingPercent > 5).Select(c => c.Key).ToList();
        var worst = all.OrderByDescending(c => c.Value.MissingPercent).FirstOrDefault();
        checks.Add(Check(
            "missing_values",
            overMissing.Count == 0,
            all.Count == 0 ? "No columns." : $"Max {Percent(worst.Value.MissingPercent / 100)} missing (column '{worst.Key}'), {Percent((double)missingCells / cells)} of all cells; passes when no column has more than 5%.",
            (30.0 * missingCells / cells) + Math.Min(MostlyMissingCap, MostlyMissingWeight * all.Where(c => c.Value.MissingPercent > 50).Sum(c => c.Value.MissingPercent / 100)),
            overMissing));

        var duplicateShare = rows == 0 ? 0 : (double)statistics.DuplicateRows / rows;
        checks.Add(Check(
            "duplicate_rows",
            duplicateShare <= 0.01,
            $"{statistics.DuplicateRows.ToString("N0", CultureInfo.InvariantCulture)} duplicates ({Percent(duplicateShare)}); passes at 1% or less.",
            20.0 * duplicateShare,
            []));

        var empty = all.Where(c => rows > 0 && c.Value.Missing == rows).Select(c => c.Key).ToList();
        checks.Add(Check(
            "empty_columns",
            empty.Count == 0,
            empty.Count == 0 ? "No column is entirely missing." : $"{empty.Count} column(s) have no values: {Names(empty)}.",
            10.0 * empty.Count / columnCount,
            empty));

        var constant = all.Where(c => c.Value.Unique == 1 && rows > 1).Select(c => c.Key).ToList();
        checks.Add(Check(
            "constant_columns",
            constant.Count == 0,
            constant.Count == 0 ? "No column has a single value." : $"{constant.Count} column(s) hold one value: {Names(constant)}.",
            5.0 * constant.Count / columnCount,
            constant));

        var mixed = columns.Where(c => c.Mode == ColumnMode.Text && c.NumericLooking > 0 && c.NumericLooking < c.NonMissing).ToList();
        checks.Add(Check(
            "mixed_types",
            mixed.Count == 0,
            mixed.Count == 0
                ? "Every column holds one kind of value."
                : $"{mixed.Count} text column(s) also hold numbers: " + string.Join(", ", mixed.Take(5).Select(c => $"'{c.Name}' ({c.NumericLooking.ToString("N0", CultureInfo.InvariantCulture)} numbers among {c.NonMissing.ToString("N0", CultureInfo.InvariantCulture)} values)")) + (mixed.Count > 5 ? $" and {mixed.Count - 5} more." : "."),
            15.0 * mixed.Count / columnCount,
            mixed.Select(c => c.Name).ToList()));

        var nonMissing = Math.Max(1, columns.Sum(c => c.NonMissing));
        var spaced = columns.Where(c => c.Whitespace > 0).ToList();
        var spacedValues = spaced.Sum(c => c.Whitespace);
        checks.Add(Check(
            "whitespace",
            spaced.Count == 0,
            spaced.Count == 0
                ? "No value has leading or trailing whitespace."
                : $"{spacedValues.ToString("N0", CultureInfo.InvariantCulture)} value(s) start or end with whitespace, in {Names(spaced.Select(c => c.Name).ToList())}.",
            10.0 * spacedValues / nonMissing,
            spaced.Select(c => c.Name).ToList()));

        var numeric = all.Where(c => c.Value is NumericColumnStatistics { OutlierCount: not null }).ToList();
        var shares = numeric.Select(c => (c.Key, Share: (double)((NumericColumnStatistics)c.Value).OutlierCount!.Value / Math.Max(1, rows - c.Value.Missing))).ToList();
        var outlying = shares.Where(s => s.Share > 0.05).Select(s => s.Key).ToList();
        checks.Add(Check(
            "outliers",
            outlying.Count == 0,
            shares.Count == 0
                ? "No numeric columns."
                : $"Max {Percent(shares.Max(s => s.Share))} outliers (beyond 1.5 IQR) in a numeric column; passes when no column has more than 5%.",
            shares.Count == 0 ? 0 : 10.0 * shares.Average(s => s.Share),
            outlying));

        var score = Math.Max(0, 100 - checks.Sum(c => c.Penalty));
        return new QualityReport(Math.Round(score, 1), checks, Formula);
    }

    private static QualityCheck Check(string name, bool passed, string details, double penalty, IReadOnlyList<string> columns) =>
        new(name, passed, details, Math.Round(penalty, 3), columns);

    private static string Percent(double share) => (share * 100).ToString(share * 100 < 1 ? "0.##" : "0.#", CultureInfo.InvariantCulture) + "%";

    private static string Names(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(5).Select(n => $"'{n}'")) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");
}
