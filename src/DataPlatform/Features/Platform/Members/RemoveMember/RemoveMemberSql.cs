namespace DataPlatform.Features.Platform.Members.RemoveMember;

internal static class RemoveMemberSql
{
    public const string Delete = "DELETE FROM project_members WHERE project_id = @ProjectId AND user_id = @UserId";
}
