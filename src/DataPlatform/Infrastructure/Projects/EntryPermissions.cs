using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Infrastructure.Projects;

/// <summary>
/// Who may delete what someone logged in a project (a dataset, an experiment, a decision), on every
/// surface: the user who created it, or an owner of the project (the Tracker's manager).
/// </summary>
public static class EntryPermissions
{
    public static async Task RequireCreatorOrOwnerAsync(
        DbConnection connection, DbTransaction? transaction, Guid projectId, Guid? creatorId, Guid callerId, string what, CancellationToken cancellationToken)
    {
        if (creatorId == callerId)
        {
            return;
        }

        var role = ProjectRoles.Parse(await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT role FROM project_members WHERE project_id = @ProjectId AND user_id = @UserId",
            new { ProjectId = projectId, UserId = callerId },
            transaction,
            cancellationToken: cancellationToken)));
        if (role != ProjectRole.Owner)
        {
            throw new ForbiddenException($"Only the user who created this {what} or the project manager (an owner) can delete it.");
        }
    }
}
