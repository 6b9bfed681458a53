using Dapper;
using DataPlatform.Domain.Projects;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Members.AddMember;

public sealed class AddMemberHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ILogger<AddMemberHandler> logger)
    : ICommandHandler<AddMemberRequest, AddMemberResponse>
{
    public async ValueTask<AddMemberResponse> Handle(AddMemberRequest request, CancellationToken cancellationToken)
    {
        var role = ProjectRoles.Parse(request.Role) ?? ProjectRole.Viewer;
        var email = Emails.Normalize(request.Email!);
        var now = clock.UtcNow();

        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var members = await ProjectMembers.LockAsync(database, session, request.ProjectId, cancellationToken);
        var user = await members.ByEmailAsync(email, cancellationToken);
        var userId = user.UserId;
        var action = await members.SetRoleAsync(user, role, currentUser.Id, now, cancellationToken);
        var parameters = new { request.ProjectId, UserId = userId };
        var member = await connection.QuerySingleAsync<MemberItem>(new CommandDefinition(
            MemberItemSql.One, parameters, transaction, cancellationToken: cancellationToken));
        if (action is { } changed)
        {
            logger.LogInformation("Project {ProjectId}: member {UserId} {Action} as {Role}", request.ProjectId, userId, changed.ToWire(), role.ToWire());
        }

        return new AddMemberResponse(member);
    }
}
