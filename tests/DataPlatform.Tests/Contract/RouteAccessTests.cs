using System.Net;
using DataPlatform.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;

namespace DataPlatform.Tests.Contract;

/// <summary>
/// Walks every registered route, so that a new endpoint cannot forget authentication; what each role
/// may do on each route is walked by <see cref="RoleWalkTests"/>.
/// </summary>
public sealed class RouteAccessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>The only routes anyone may call without a token.</summary>
    private static readonly string[] PublicRoutes =
    [
        "GET /",
        "GET /health",
        "POST /api/auth/register",
        "POST /api/auth/login",
        "GET /openapi/{documentName:regex(^(platform|tracker|spaces)$)}.json",
        "GET /docs/{documentName?}",
        "GET /docs/favicon.svg",
        "GET /docs/scalar.js",
        "GET /docs/scalar.aspnetcore.js",
    ];

    [Fact]
    public void Exactly_the_intended_routes_are_public()
    {
        var open = Routes.All(app)
            .Where(route => route.Metadata.GetMetadata<IAllowAnonymous>() is not null || route.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(route => route.ToString())
            .ToList();

        Assert.True(PublicRoutes.Order(StringComparer.Ordinal).SequenceEqual(open.Order(StringComparer.Ordinal)), string.Join(" | ", open));
    }

    [Fact]
    public async Task Every_other_route_answers_anonymous_callers_with_401()
    {
        var anonymous = app.Anonymous();
        var checkedRoutes = 0;
        foreach (var route in Routes.All(app).Where(r => !PublicRoutes.Contains(r.ToString())))
        {
            var response = await anonymous.SendAsync(Request(route, route.Url(_ => Guid.NewGuid().ToString())));

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route}: {(int)response.StatusCode}");
            await response.AssertErrorAsync(HttpStatusCode.Unauthorized);
            checkedRoutes++;
        }

        Assert.True(checkedRoutes >= 26, $"only {checkedRoutes} routes were checked");
    }

    /// <summary>A request with an empty body of the kind the route accepts (JSON, or a form without a file for uploads).</summary>
    private static HttpRequestMessage Request(RouteInfo route, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        var multipart = route.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
        if (multipart)
        {
            request.Content = new MultipartFormDataContent { { new StringContent("x"), "description" } };
        }
        else if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }
}
