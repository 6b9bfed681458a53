using Microsoft.Data.Sqlite;

namespace DataPlatform.Infrastructure.Data;

/// <summary>Recognises database errors that features turn into client errors.</summary>
public static class DbErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };
}
