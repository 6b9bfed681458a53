using System.Globalization;

namespace DataPlatform.Profiling;

/// <summary>
/// The alerts of a stored profile, computed from its statistics and quality report alone (so that
/// profiles stored before alerts existed get them too). Thresholds are constants here and in features.md.
/// </summary>
public static class Alerts
{
    /// <summary>Missing share from which a column is flagged (and below 100 %, which is all_missing).</summary>
    public const double HighMissingPercent = 20;

    /// <summary>Distinct values above which a text column is flagged (ydata-profiling's default).</summary>
    public const long HighCardinality = 50;

    /// <summary>Share of the non-missing values held by the most frequent one from which a column is imbalanced.</summary>
    public const double ImbalancedShare = 0.9;

    /// <summary>Absolute skewness above which a numeric column is highly skewed.</summary>
    public const double Skewness = 3;

    /// <summary>Share of the non-missing values equal to zero above which a numeric column is flagged.</summary>
    public const double ZerosShare = 0.1;

    /// <summary>Absolute Pearson correlation from which a pair of columns is flagged.</summary>
    public const double HighCorrelation = 0.9;

    public static IReadOnlyList<Alert> Of(DatasetStatistics statistics, QualityReport? quality)
    {
        var rows = statistics.RowCount;
        var alerts = new List<Alert>();
        foreach (var (name, column) in statistics.Columns)
        {
            var present = rows - column.Missing;
            if (rows > 0 && present == 0)
            {
                alerts.Add(new Alert("all_missing", [name], $"'{name}' has no values."));
                continue;
            }

            if (column.MissingPercent >= HighMissingPercent)
            {
                alerts.Add(new Alert("high_missing", [name], $"'{name}' is {Percent(column.MissingPercent)} missing (flagged from {HighMissingPercent:0}%)."));
            }

            if (column.Unique == 1 && present > 1)
            {
                alerts.Add(new Alert("constant", [name], $"'{name}' holds one value in all {Count(present)} non-missing rows."));
                continue;
            }

            if (present > 1 && column.Unique == present && column.Type is "int64" or "object" or "category")
            {
                alerts.Add(new Alert("unique", [name], $"Every value of '{name}' is different: an identifier rather than a feature?"));
            }

            switch (column)
            {
                case TextColumnStatistics text:
                    if (text.Unique > HighCardinality && text.Unique < present)
                    {
                        alerts.Add(new Alert("high_cardinality", [name], $"'{name}' has {Count(text.Unique)} distinct values (flagged above {HighCardinality})."));
                    }

                    Imbalance(alerts, name, text.TopValues, present);
                    break;
                case BooleanColumnStatistics boolean:
                    Imbalance(alerts, name, boolean.TopValues, present);
                    break;
                case NumericColumnStatistics numeric:
                    if (numeric.Skewness is { } skew && Math.Abs(skew) > Skewness)
                    {
                        alerts.Add(new Alert("skewed", [name], $"'{name}' is highly skewed (skewness {skew.ToString("0.##", CultureInfo.InvariantCulture)}, flagged beyond ±{Skewness:0})."));
                    }

                    if (numeric.Zeros is { } zeros && present > 0 && (double)zeros / present > ZerosShare)
                    {
                        alerts.Add(new Alert("zeros", [name], $"'{name}' is zero in {Rows(zeros)} ({Percent(100.0 * zeros / present)} of its values, flagged above {ZerosShare * 100:0}%)."));
                    }

                    break;
            }
        }

        var names = statistics.Correlations.Keys.ToList();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                if (statistics.Correlations[names[i]].GetValueOrDefault(names[j]) is { } r && Math.Abs(r) >= HighCorrelation)
                {
                    alerts.Add(new Alert("high_correlation", [names[i], names[j]], $"'{names[i]}' and '{names[j]}' are highly correlated (r = {r.ToString("0.###", CultureInfo.InvariantCulture)}, flagged from ±{HighCorrelation.ToString(CultureInfo.InvariantCulture)})."));
                }
            }
        }

        if (statistics.DuplicateRows > 0)
        {
            alerts.Add(new Alert("duplicates", [], $"{Rows(statistics.DuplicateRows)} {(statistics.DuplicateRows == 1 ? "repeats" : "repeat")} an earlier row ({Percent(100.0 * statistics.DuplicateRows / Math.Max(1, rows))})."));
        }

        foreach (var name in quality?.Checks.FirstOrDefault(c => c.Name == "mixed_types")?.Columns ?? [])
        {
            alerts.Add(new Alert("type_violation", [name], $"'{name}' is text but some of its values are numbers: values that break the column's type."));
        }

        return alerts;
    }

    private static void Imbalance(List<Alert> alerts, string name, IReadOnlyDictionary<string, long> top, long present)
    {
        if (top.Count > 1 && present > 0 && top.First() is var (value, count) && (double)count / present >= ImbalancedShare)
        {
            alerts.Add(new Alert("imbalanced", [name], $"'{name}' is imbalanced: '{value}' is {Percent(100.0 * count / present)} of its values (flagged from {ImbalancedShare * 100:0}%)."));
        }
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Rows(long value) => value == 1 ? "1 row" : $"{Count(value)} rows";

    private static string Percent(double percent) => percent.ToString(percent < 1 ? "0.##" : "0.#", CultureInfo.InvariantCulture) + "%";
}
