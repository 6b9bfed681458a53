namespace DataPlatform.Features.Platform.Members.ListMembers;

internal static class ListMembersSql
{
    public const string Count = "SELECT COUNT(*) FROM project_members WHERE project_id = @ProjectId";

    public const string Page = MemberItemSql.Select +
        """

        WHERE m.project_id = @ProjectId
        ORDER BY m.created_at, m.user_id
        LIMIT @Limit OFFSET @Offset
        """;
}
