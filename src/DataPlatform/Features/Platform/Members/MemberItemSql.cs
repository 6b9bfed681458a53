namespace DataPlatform.Features.Platform.Members;

internal static class MemberItemSql
{
    public const string Select =
        """
        SELECT m.user_id AS UserId, u.email AS Email, u.name AS Name, m.role AS Role, m.created_at AS CreatedAt
        FROM project_members m JOIN users u ON u.id = m.user_id
        """;

    public const string One = Select + " WHERE m.project_id = @ProjectId AND m.user_id = @UserId";
}
