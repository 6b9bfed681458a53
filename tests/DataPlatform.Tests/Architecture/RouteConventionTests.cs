using DataPlatform.Infrastructure.Errors;
using DataPlatform.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace DataPlatform.Tests.Architecture;

/// <summary>Every route of ours says who may call it, what it is, and which errors it returns.</summary>
public sealed class RouteConventionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Surfaces = ["platform", "tracker", "spaces"];

    [Fact]
    public void Every_route_belongs_to_a_surface_document_unless_it_serves_the_documents()
    {
        var outside = Routes.All(app)
            .Where(r => !Surfaces.Contains(r.Metadata.GetMetadata<IEndpointGroupNameMetadata>()?.EndpointGroupName))
            .Where(r => !r.Pattern.StartsWith("/openapi/", StringComparison.Ordinal) && !r.Pattern.StartsWith("/docs", StringComparison.Ordinal) && r.Pattern != "/")
            .Select(r => r.ToString())
            .ToList();

        Assert.True(outside.Count == 0, "Routes outside every OpenAPI document: " + string.Join(", ", outside));
    }

    [Fact]
    public void Every_surface_route_declares_its_auth_name_summary_and_errors()
    {
        foreach (var route in Routes.All(app).Where(r => r.Metadata.GetMetadata<IEndpointGroupNameMetadata>() is not null))
        {
            var metadata = route.Metadata;
            var isPublic = metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(isPublic || metadata.GetMetadata<IAuthorizeData>() is not null, $"{route} declares neither RequireAuthorization nor AllowAnonymous");
            Assert.True(metadata.GetMetadata<IEndpointNameMetadata>() is not null, $"{route} has no name (operationId)");
            Assert.True(metadata.GetMetadata<IEndpointSummaryMetadata>() is not null, $"{route} has no summary");
            var errors = metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
                .Where(p => p.StatusCode >= 400)
                .ToList();
            Assert.All(errors, p => Assert.Equal(typeof(ErrorResponse), p.Type));
            if (!isPublic)
            {
                Assert.Contains(errors, p => p.StatusCode == StatusCodes.Status401Unauthorized);
            }

            if (route.Pattern.Contains("{project_id", StringComparison.Ordinal) || route.Pattern.Contains("{projectId", StringComparison.Ordinal)
                || route.Pattern.Contains("{projectSlug}", StringComparison.Ordinal))
            {
                Assert.Contains(errors, p => p.StatusCode == StatusCodes.Status403Forbidden);
                Assert.Contains(errors, p => p.StatusCode == StatusCodes.Status404NotFound);
            }
        }
    }
}
