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
        var (items, total) = await Pages.ReadAsync<ApiKeyItem>(
            connection, ListApiKeysSql.Page, ListApiKeysSql.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        return new ListApiKeysResponse(items.AsList(), total, parameters.Limit, parameters.Offset);
    }
}
