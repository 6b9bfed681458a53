using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Auth.ListApiKeys;

public sealed class ListApiKeysHandler(DatabaseSession session, CurrentUser currentUser) : IQueryHandler<ListApiKeysRequest, ListApiKeysResponse>
{
    public async ValueTask<ListApiKeysResponse> Handle(ListApiKeysRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { UserId = currentUser.Id, Limit = request.Limit ?? ListApiKeysValidator.MaxLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ListApiKeysSql.Count, parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<ApiKeyItem>(new CommandDefinition(ListApiKeysSql.Page, parameters, cancellationToken: cancellationToken));
        return new ListApiKeysResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
