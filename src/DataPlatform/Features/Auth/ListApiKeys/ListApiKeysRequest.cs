using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Auth.ListApiKeys;

/// <param name="Limit">Max items (1-100, default 100: every key a user can hold).</param>
/// <param name="Offset">Items to skip (default 0).</param>
public sealed record ListApiKeysRequest(
    [property: FromQuery(Name = "limit")] int? Limit,
    [property: FromQuery(Name = "offset")] int? Offset) : IQuery<ListApiKeysResponse>;
