using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Members.ListMembers;

public sealed class ListMembersHandler(DatabaseSession session) : IQueryHandler<ListMembersRequest, ListMembersResponse>
{
    public async ValueTask<ListMembersResponse> Handle(ListMembersRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, Limit = request.Limit ?? Paging.DefaultLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ListMembersSql.Count, parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<MemberItem>(new CommandDefinition(ListMembersSql.Page, parameters, cancellationToken: cancellationToken));
        return new ListMembersResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
