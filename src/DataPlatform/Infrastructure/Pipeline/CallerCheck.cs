using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>Whether the user a token names still exists: a token outlives nothing.</summary>
internal static class CallerCheck
{
    public const string UserGone = "The token's user no longer exists.";

    /// <summary>401 when the user <paramref name="userId"/> no longer exists.</summary>
    public static async Task RequireAsync(DbConnection connection, Guid userId, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM users WHERE id = @Id", new { Id = userId }, cancellationToken: cancellationToken)) == 0)
        {
            throw new UnauthorizedException(UserGone);
        }
    }
}
