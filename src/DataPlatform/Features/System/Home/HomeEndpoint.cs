namespace DataPlatform.Features.System.Home;

public static class HomeEndpoint
{
    /// <summary><c>GET /</c> leads a person who opens the service in a browser to the API reference.</summary>
    public static void MapHome(this IEndpointRouteBuilder app) => app
        .MapGet("/", () => TypedResults.Redirect("/docs/"))
        .WithName("Home")
        .ExcludeFromDescription()
        .AllowAnonymous();
}
