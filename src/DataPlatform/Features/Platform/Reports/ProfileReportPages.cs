namespace DataPlatform.Features.Platform.Reports;

/// <summary>
/// How many columns one page of a profile report details: every column is in the page's summary table,
/// but only these get their statistics and charts, so that a file of thousands of columns gives pages
/// of a few hundred kilobytes (the first 20 rows show the same columns).
/// </summary>
public static class ProfileReportPages
{
    public const int ColumnsPerPage = 50;

    /// <summary>The file's first rows shown (read from the head of the file).</summary>
    public const int FirstRows = 20;

    /// <summary>Correlations drawn in the heatmap: the first columns of the matrix.</summary>
    public const int HeatmapColumns = 40;

    /// <summary>Alerts listed; the rest are counted (all of them are in <c>/analyze</c>).</summary>
    public const int ListedAlerts = 300;

    /// <summary>Characters of a name or value shown in tables and charts; the column's own section shows its whole name.</summary>
    public const int ShortText = 60;
}
