using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Features.Platform.Members;

/// <param name="CreatedAt">When the user joined the project.</param>
public sealed record MemberItem(Guid UserId, string Email, string Name, ProjectRole Role, DateTime CreatedAt);

internal static class MemberItemSql
{
    public const string Select =
        """
        SELECT m.user_id AS UserId, u.email AS Email, u.name AS Name, m.role AS Role, m.created_at AS CreatedAt
        FROM project_members m JOIN users u ON u.id = m.user_id
        """;

    public const string One = Select + " WHERE m.project_id = @ProjectId AND m.user_id = @UserId";
}
