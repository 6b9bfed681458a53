using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Auth.GetMe;

public sealed class GetMeHandler(DatabaseSession session, CurrentUser currentUser) : IQueryHandler<GetMeRequest, GetMeResponse>
{
    public async ValueTask<GetMeResponse> Handle(GetMeRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var user = await connection.QuerySingleOrDefaultAsync<AuthUser>(new CommandDefinition(
            GetMeSql.FindById, new { Id = currentUser.Id }, cancellationToken: cancellationToken));
        return new GetMeResponse(user ?? throw new UnauthorizedException("The authenticated user no longer exists."));
    }
}
