using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Spaces;

/// <summary>Datasets as containers of collections, by namespace and project slug, as seed 002 and api.md describe them.</summary>
public abstract class SpacesTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task Create_answers_201_with_the_documented_shape()
    {
        var (user, root, project) = await ProjectAsync();

        var response = await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "training-v2", description = "Q1 training data", tags = new[] { "vision" }, metadata = new { camera = "front" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = await response.ReadJsonAsync();
        Assert.Equal(["id", "name", "description", "tags", "projectId", "metadata", "createdAt", "updatedAt"], dataset.AsObject().Select(p => p.Key));
        Assert.Equal("training-v2", dataset["name"]!.GetValue<string>());
        Assert.Equal(["vision"], dataset["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(project, dataset.Id("projectId"));
        Assert.Equal("front", dataset["metadata"]!["camera"]!.GetValue<string>());
        Assert.Equal($"{root}/datasets/training-v2", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Create_without_a_name_is_400_and_a_taken_name_409()
    {
        var (user, root, _) = await ProjectAsync();
        await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "training-v2" });

        Assert.Contains("name", await (await user.Client.PostAsJsonAsync($"{root}/datasets", new { description = "x" })).AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await (await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "training-v2" })).AssertErrorAsync(HttpStatusCode.Conflict);
        await (await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "a/b" })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "m", metadata = new[] { 1 } })).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_list_pages_with_totals_and_finds_by_tag()
    {
        var (user, root, _) = await ProjectAsync();
        foreach (var i in Enumerable.Range(1, 5))
        {
            await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = $"set-{i}", tags = i % 2 == 0 ? new[] { "even" } : ["odd", "vision"] });
        }

        var page = await (await user.Client.GetAsync($"{root}/datasets?page=2&pageSize=2")).ReadJsonAsync();
        var tagged = await (await user.Client.GetAsync($"{root}/datasets?tag=even")).ReadJsonAsync();
        var partial = await (await user.Client.GetAsync($"{root}/datasets?tag=eve")).ReadJsonAsync();

        Assert.Equal(["set-3", "set-4"], page["datasets"]!.AsArray().Select(d => d!["name"]!.GetValue<string>()));
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(2, page["pageSize"]!.GetValue<int>());
        Assert.Equal(5, page["total"]!.GetValue<int>());
        Assert.Equal(3, page["totalPages"]!.GetValue<int>());
        Assert.Equal(["set-2", "set-4"], tagged["datasets"]!.AsArray().Select(d => d!["name"]!.GetValue<string>()));
        Assert.Equal(0, partial["total"]!.GetValue<int>());
        await (await user.Client.GetAsync($"{root}/datasets?pageSize=201")).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await user.Client.GetAsync($"{root}/datasets?page=0")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_has_the_collections_and_patch_changes_only_what_is_sent()
    {
        var (user, root, _) = await ProjectAsync();
        await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "training-v2", description = "Q1", tags = new[] { "a" }, metadata = new { k = 1 } });
        await user.Client.PostAsJsonAsync($"{root}/datasets/training-v2/collections", new { name = "front-camera-clips", members = new[] { "nodeId1", "nodeId2" } });

        var detail = await (await user.Client.GetAsync($"{root}/datasets/training-v2")).ReadJsonAsync();
        var patched = await (await user.Client.PatchAsJsonAsync($"{root}/datasets/training-v2", new { tags = new[] { "b" } })).ReadJsonAsync();
        var renamed = await user.Client.PatchAsJsonAsync($"{root}/datasets/training-v2", new { name = "training-v3" });

        var collection = Assert.Single(detail["collections"]!.AsArray())!;
        Assert.Equal("front-camera-clips", collection["name"]!.GetValue<string>());
        Assert.Equal(["nodeId1", "nodeId2"], collection["members"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["b"], patched["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("Q1", patched["description"]!.GetValue<string>());
        Assert.Equal(1, patched["metadata"]!["k"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        await (await user.Client.GetAsync($"{root}/datasets/training-v2")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"{root}/datasets/training-v3/collections/front-camera-clips")).StatusCode);
        await (await user.Client.PatchAsJsonAsync($"{root}/datasets/nope", new { name = "x" })).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Collections_are_created_listed_changed_and_deleted()
    {
        var (user, root, _) = await ProjectAsync();
        await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "eval-set" });
        var collections = $"{root}/datasets/eval-set/collections";

        var created = await user.Client.PostAsJsonAsync(collections, new { name = "edge-cases", members = new[] { "v1" } });
        var taken = await user.Client.PostAsJsonAsync(collections, new { name = "edge-cases" });
        var changed = await (await user.Client.PatchAsJsonAsync($"{collections}/edge-cases", new { members = new[] { "v1", "v2" } })).ReadJsonAsync();
        var listed = await (await user.Client.GetAsync(collections)).ReadJsonAsync();
        var deleted = await user.Client.DeleteAsync($"{collections}/edge-cases");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await taken.AssertErrorAsync(HttpStatusCode.Conflict);
        Assert.Equal(["v1", "v2"], changed["members"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(1, listed["total"]!.GetValue<int>());
        Assert.True((await deleted.ReadJsonAsync())["success"]!.GetValue<bool>());
        await (await user.Client.GetAsync($"{collections}/edge-cases")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await user.Client.PostAsJsonAsync(collections, new { members = new[] { "x" } })).AssertErrorAsync(HttpStatusCode.BadRequest);
        await (await user.Client.PostAsJsonAsync(collections, new { name = "bad", members = new[] { "" } })).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_soft_deleted_dataset_disappears_everywhere_and_its_collections_stand_alone()
    {
        var (user, root, project) = await ProjectAsync();
        var created = await (await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "training-v2" })).ReadJsonAsync();
        var collection = await (await user.Client.PostAsJsonAsync($"{root}/datasets/training-v2/collections", new { name = "clips", members = new[] { "n1" } })).ReadJsonAsync();

        var deleted = await user.Client.DeleteAsync($"{root}/datasets/training-v2");

        Assert.True((await deleted.ReadJsonAsync())["success"]!.GetValue<bool>());
        await (await user.Client.GetAsync($"{root}/datasets/training-v2")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await user.Client.GetAsync($"/api/datasets/{created["id"]}")).AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await user.Client.GetAsync($"/api/datasets?project_id={project}")).ReadJsonAsync())["total"]!.GetValue<int>());
        Assert.Empty((await (await user.Client.GetAsync($"/projects/{project}/datasets")).ReadJsonAsync()).AsArray());
        Assert.Equal(0, (await (await user.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync())["project"]!["dataset_count"]!.GetValue<int>());
        var standalone = await (await user.Client.GetAsync($"{root}/collections")).ReadJsonAsync();
        var alone = Assert.Single(standalone["collections"]!.AsArray())!;
        Assert.Equal("clips", alone["name"]!.GetValue<string>());
        Assert.Null(alone["datasetId"]);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"{root}/collections/{collection["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "training-v2" })).StatusCode);
        Assert.True((await (await user.Client.DeleteAsync($"{root}/collections/{collection["id"]}")).ReadJsonAsync())["success"]!.GetValue<bool>());
        await (await user.Client.GetAsync($"{root}/collections/{collection["id"]}")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Roles_are_the_same_as_on_the_other_surfaces()
    {
        var (owner, root, project) = await ProjectAsync();
        var viewer = await app.RegisterAsync();
        var editor = await app.RegisterAsync();
        await owner.AddMemberAsync(project, viewer, "viewer");
        await owner.AddMemberAsync(project, editor, "editor");
        await owner.Client.PostAsJsonAsync($"{root}/datasets", new { name = "owned" });

        Assert.Equal(HttpStatusCode.OK, (await viewer.Client.GetAsync($"{root}/datasets")).StatusCode);
        await (await viewer.Client.PostAsJsonAsync($"{root}/datasets", new { name = "nope" })).AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, (await editor.Client.PostAsJsonAsync($"{root}/datasets", new { name = "mine" })).StatusCode);
        await (await editor.Client.DeleteAsync($"{root}/datasets/owned")).AssertErrorAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.DeleteAsync($"{root}/datasets/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.DeleteAsync($"{root}/datasets/owned")).StatusCode);
    }

    [Fact]
    public async Task Unknown_namespaces_and_projects_are_404()
    {
        var (user, _, _) = await ProjectAsync();

        await (await user.Client.GetAsync($"/namespaces/{user.Namespace}/projects/no-such-project/datasets")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await user.Client.GetAsync("/namespaces/no-such-namespace/projects/anything/datasets")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Members_over_64_KiB_as_JSON_are_400()
    {
        var (user, root, _) = await ProjectAsync();
        await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "clips" });
        var members = Enumerable.Range(0, 2_000).Select(_ => Guid.NewGuid().ToString()).ToArray();

        var message = await (await user.Client.PostAsJsonAsync($"{root}/datasets/clips/collections", new { name = "all", members })).AssertErrorAsync(HttpStatusCode.BadRequest);
        var fits = await user.Client.PostAsJsonAsync($"{root}/datasets/clips/collections", new { name = "most", members = members[..1_500] });

        Assert.Contains("65,536 bytes", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
    }

    [Fact]
    public async Task A_dataset_holds_at_most_100_collections()
    {
        var (user, root, _) = await ProjectAsync();
        await user.Client.PostAsJsonAsync($"{root}/datasets", new { name = "many" });
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync($"{root}/datasets/many/collections", new { name = $"c{i}" })).StatusCode);
        }

        var message = await (await user.Client.PostAsJsonAsync($"{root}/datasets/many/collections", new { name = "one more" })).AssertErrorAsync(HttpStatusCode.Conflict);

        Assert.Contains("100 collections", message, StringComparison.Ordinal);
        Assert.Equal(100, (await (await user.Client.GetAsync($"{root}/datasets/many")).ReadJsonAsync())["collections"]!.AsArray().Count);
    }

    private async Task<(TestUser User, string Root, Guid Project)> ProjectAsync()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync("Vision Lab");
        var slug = (await (await user.Client.GetAsync($"/api/projects/{project}")).ReadJsonAsync())["project"]!["slug"]!.GetValue<string>();
        return (user, $"/namespaces/{user.Namespace}/projects/{slug}", project);
    }
}

public sealed class SpacesTestsOnSqlite(SqliteApp app) : SpacesTests<SqliteApp>(app);

public sealed class SpacesTestsOnPostgres(PostgresApp app) : SpacesTests<PostgresApp>(app);
