using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataPlatform.Tests.Support;

/// <summary>One registered route: method, pattern and metadata.</summary>
public sealed record RouteInfo(string Method, string Pattern, EndpointMetadataCollection Metadata)
{
    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>The endpoint's name (its operationId), when it has one.</summary>
    public string? Name => Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;

    /// <summary>The request type the endpoint sends (named for it: <c>{Name}Request</c>), when there is one.</summary>
    public Type? Request => Name is { } name ? typeof(Program).Assembly.GetTypes().SingleOrDefault(t => t.Name == name + "Request") : null;

    /// <summary>The pattern with each parameter replaced by <paramref name="valueOf"/>(name).</summary>
    public string Url(Func<string, string> valueOf) =>
        Regex.Replace(Pattern, @"\{\**(?<name>[A-Za-z_]+)(:[^}]*)?\}", m => valueOf(m.Groups["name"].Value));
}

public static partial class Routes
{
    public static IReadOnlyList<RouteInfo> All(TestApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new RouteInfo(method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), endpoint.Metadata)))
            .OrderBy(route => route.Pattern, StringComparer.Ordinal)
            .ThenBy(route => route.Method, StringComparer.Ordinal)
            .ToList();
}
