namespace DataPlatform.Features.Platform.Members.AddMember;

internal static class AddMemberSql
{
    public const string FindUser = "SELECT id FROM users WHERE email = @Email";

    public const string CurrentRole = "SELECT role FROM project_members WHERE project_id = @ProjectId AND user_id = @UserId";

    public const string Insert = "INSERT INTO project_members (project_id, user_id, role, created_at) VALUES (@ProjectId, @UserId, @Role, @Now)";

    public const string UpdateRole = "UPDATE project_members SET role = @Role WHERE project_id = @ProjectId AND user_id = @UserId";
}
