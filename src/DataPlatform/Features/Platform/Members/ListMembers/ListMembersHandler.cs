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
        var (items, total) = await Pages.ReadAsync<MemberItem>(
            connection, ListMembersSql.Page, ListMembersSql.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListMembersResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
