using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Infrastructure.Http;

/// <summary>Route metadata shared by every surface, so that the OpenAPI documents list each error a route can return.</summary>
public static class EndpointConventions
{
    /// <summary>Declares the <c>{"error"}</c> envelope for each status.</summary>
    public static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ErrorResponse), ["application/json"]));
        }

        return builder;
    }

    /// <summary>Requires authentication and declares the errors every authenticated route can return.</summary>
    public static TBuilder RequireCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization().ProducesErrors(StatusCodes.Status401Unauthorized, StatusCodes.Status500InternalServerError);
}
