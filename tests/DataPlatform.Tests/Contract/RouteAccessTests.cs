using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;

namespace DataPlatform.Tests.Contract;

/// <summary>
/// Walks every registered route, so that a new endpoint cannot forget authentication or the
/// project-membership check.
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

    [Fact]
    public async Task Every_project_route_answers_non_members_with_403_and_unknown_projects_with_404()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var projectRoutes = Routes.All(app).Where(r => r.Pattern.Contains("{project_id", StringComparison.Ordinal) || r.Pattern.Contains("{projectId", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(projectRoutes);

        foreach (var route in projectRoutes)
        {
            var forbidden = await stranger.Client.SendAsync(Request(route, route.Url(name => name is "project_id" or "projectId" ? project.ToString() : Guid.NewGuid().ToString())));
            var missing = await stranger.Client.SendAsync(Request(route, route.Url(_ => Guid.NewGuid().ToString())));

            Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{route} as a non-member: {(int)forbidden.StatusCode}");
            Assert.True(missing.StatusCode == HttpStatusCode.NotFound, $"{route} on an unknown project: {(int)missing.StatusCode}");
            await forbidden.AssertErrorAsync(HttpStatusCode.Forbidden);
            await missing.AssertErrorAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Every_dataset_route_answers_non_members_with_403_and_unknown_datasets_with_404()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var uploaded = await owner.UploadAsync(await owner.CreateProjectAsync());
        var ids = new Dictionary<string, Guid>
        {
            ["dataset_id"] = uploaded.Id("dataset_id"),
            ["dataset_version_id"] = uploaded.Id("dataset_version_id"),
        };
        var datasetRoutes = Routes.All(app).Where(r => ids.Keys.Any(key => r.Pattern.Contains($"{{{key}", StringComparison.Ordinal))).ToList();
        Assert.True(datasetRoutes.Count == 11, string.Join(" | ", datasetRoutes));

        foreach (var route in datasetRoutes)
        {
            var forbidden = await stranger.Client.SendAsync(Request(route, route.Url(name => ids[name].ToString())));
            var missing = await stranger.Client.SendAsync(Request(route, route.Url(_ => Guid.NewGuid().ToString())));

            Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{route} as a non-member: {(int)forbidden.StatusCode}");
            Assert.True(missing.StatusCode == HttpStatusCode.NotFound, $"{route} on an unknown dataset: {(int)missing.StatusCode}");
            await forbidden.AssertErrorAsync(HttpStatusCode.Forbidden);
            await missing.AssertErrorAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Every_Spaces_route_answers_non_members_with_403_and_unknown_projects_with_404()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync("Spaces walk");
        var slug = (await (await owner.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync())["project"]!["slug"]!.GetValue<string>();
        var spacesRoutes = Routes.All(app).Where(r => r.Pattern.Contains("{projectSlug}", StringComparison.Ordinal)).ToList();
        Assert.True(spacesRoutes.Count == 13, string.Join(" | ", spacesRoutes));

        foreach (var route in spacesRoutes)
        {
            string Value(string name, string ns, string projectSlug) => name switch
            {
                "slug" => ns,
                "projectSlug" => projectSlug,
                "collectionId" => Guid.NewGuid().ToString(),
                _ => "training-v2",
            };

            var forbidden = await stranger.Client.SendAsync(Request(route, route.Url(name => Value(name, owner.Namespace, slug))));
            var missing = await stranger.Client.SendAsync(Request(route, route.Url(name => Value(name, owner.Namespace, "no-such-project"))));

            Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{route} as a non-member: {(int)forbidden.StatusCode}");
            Assert.True(missing.StatusCode == HttpStatusCode.NotFound, $"{route} on an unknown project: {(int)missing.StatusCode}");
            await forbidden.AssertErrorAsync(HttpStatusCode.Forbidden);
            await missing.AssertErrorAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Every_record_route_answers_non_members_with_403_and_unknown_records_with_404()
    {
        var owner = await app.RegisterAsync();
        var stranger = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var experiment = await (await owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run" })).ReadJsonAsync();
        var model = await (await owner.Client.PostAsJsonAsync("/api/models", new { experiment_id = experiment.Id("id"), name = "m", algorithm = "GBM" })).ReadJsonAsync();
        var deployment = await (await owner.Client.PostAsJsonAsync("/api/deployments", new { model_id = model.Id("id"), name = "d", stage = "staging", is_active = true })).ReadJsonAsync();
        var ids = new Dictionary<string, Guid>
        {
            ["experiment_id"] = experiment.Id("id"),
            ["model_id"] = model.Id("id"),
            ["deployment_id"] = deployment.Id("id"),
        };
        var recordRoutes = Routes.All(app).Where(r => ids.Keys.Any(key => r.Pattern.Contains($"{{{key}", StringComparison.Ordinal))).ToList();
        Assert.True(recordRoutes.Count == 11, string.Join(" | ", recordRoutes));

        foreach (var route in recordRoutes)
        {
            var forbidden = await stranger.Client.SendAsync(Request(route, route.Url(name => ids[name].ToString())));
            var missing = await stranger.Client.SendAsync(Request(route, route.Url(_ => Guid.NewGuid().ToString())));

            Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{route} as a non-member: {(int)forbidden.StatusCode}");
            Assert.True(missing.StatusCode == HttpStatusCode.NotFound, $"{route} on an unknown record: {(int)missing.StatusCode}");
        }
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
