using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Tests.Support;

/// <summary>
/// A project owned by the owner, with the editor, the creator and the viewer as members, and one of
/// everything a route can name, made by the creator: a dataset with a version, an experiment, a model,
/// a deployment, a decision, a task, a Spaces dataset with a collection, and a standalone collection.
/// The dataset has two versions, 0 and 1.
/// </summary>
public sealed class ProjectWorld
{
    private static readonly string[] Ids = ["project_id", "dataset_id", "dataset_version_id", "experiment_id", "model_id", "deployment_id"];

    /// <summary>
    /// The route's URL with each parameter taken from <paramref name="world"/>, and the ids its request
    /// names in the query or the body (JSON, or a form for uploads), as the request type declares them.
    /// </summary>
    public static HttpRequestMessage Request(RouteInfo route, Type request, ProjectWorld world)
    {
        var segments = route.Pattern.Split('/');
        var url = route.Url(parameter => world.Value(parameter, segments));
        var fields = request.GetProperties()
            .Select(p => (Property: p, Wire: WireName(p)))
            .Where(p => Ids.Contains(p.Wire) && (p.Property.PropertyType == typeof(Guid) || p.Property.PropertyType == typeof(Guid?)))
            .Where(p => !route.Pattern.Contains("{" + p.Wire, StringComparison.Ordinal))
            .ToList();
        var query = fields.Where(p => p.Property.GetCustomAttribute<FromQueryAttribute>() is not null).ToList();
        if (query.Count > 0)
        {
            // One id in the query: requests that take one of several refuse two.
            var chosen = query.FirstOrDefault(p => p.Wire == "project_id", query[0]);
            url += $"?{chosen.Wire}={world.Id(chosen.Wire)}";
        }

        var message = new HttpRequestMessage(new HttpMethod(route.Method), url);
        var body = fields.Where(p => p.Property.GetCustomAttribute<FromQueryAttribute>() is null).ToList();
        var accepts = route.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
        if (accepts.FirstOrDefault() == "multipart/form-data")
        {
            var form = new MultipartFormDataContent { { new StringContent("x"), "description" } };
            foreach (var (_, wire) in body)
            {
                form.Add(new StringContent(world.Id(wire)), wire);
            }

            message.Content = form;
        }
        else if (route.Method is "POST" or "PUT" or "PATCH")
        {
            message.Content = JsonContent.Create(body.ToDictionary(p => p.Wire, p => world.Id(p.Wire)));
        }

        return message;
    }

    private static string WireName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? property.GetCustomAttribute<FromQueryAttribute>()?.Name
        ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);

    public sealed record People(TestUser Owner, TestUser Editor, TestUser Creator, TestUser Viewer, TestUser Outsider)
    {
        /// <summary>Five new users, one for each part.</summary>
        public static async Task<People> RegisterAsync(TestApp app) =>
            new(await app.RegisterAsync(), await app.RegisterAsync(), await app.RegisterAsync(), await app.RegisterAsync(), await app.RegisterAsync());
    }

    private readonly Dictionary<string, string> _values = [];

    private ProjectWorld()
    {
    }

    public static ProjectWorld Missing(TestUser owner)
    {
        var world = new ProjectWorld();
        foreach (var key in new[] { "project", "dataset", "version", "experiment", "model", "deployment", "decision", "task", "member", "standalone" })
        {
            world._values[key] = Guid.NewGuid().ToString();
        }

        world._values["namespace"] = owner.Namespace;
        world._values["slug"] = "no-such-project";
        world._values["spaces-dataset"] = "no-such-dataset";
        world._values["collection"] = "no-such-collection";
        return world;
    }

    public static async Task<ProjectWorld> CreateAsync(People people)
    {
        var owner = people.Owner;
        var creator = people.Creator.Client;
        var project = await owner.CreateProjectAsync($"Walk {Guid.NewGuid():N}");
        await owner.AddMemberAsync(project, people.Editor, "editor");
        await owner.AddMemberAsync(project, people.Creator, "editor");
        await owner.AddMemberAsync(project, people.Viewer, "viewer");
        var uploaded = await people.Creator.UploadAsync(project, "Walk data");
        await IdAsync(creator.PostVersionAsync(uploaded.Id("dataset_id"), Datasets.SampleCsv + "42.0,New Shop,0,2025-10-05\n"), "dataset_version_id");
        var experiment = await IdAsync(creator.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "Run" }));
        var model = await IdAsync(creator.PostAsync("/api/models", new MultipartFormDataContent
        {
            { new StringContent(experiment), "experiment_id" },
            { new StringContent("m"), "name" },
            { new StringContent("GBM"), "algorithm" },
            { new ByteArrayContent("model bytes"u8.ToArray()), "file", "model.bin" },
        }));
        var deployment = await IdAsync(creator.PostAsJsonAsync("/api/deployments", new { model_id = model, name = "d", stage = "staging", is_active = true }));
        var decision = await IdAsync(creator.PostAsJsonAsync($"/projects/{project}/decisions", new { title = "Use GBM", description = "d", rationale = "r", phase = "evaluation", decisionDate = "2026-03-06" }), "_id");
        var task = await IdAsync(creator.PostAsJsonAsync($"/projects/{project}/tasks", new { name = "Collect" }), "_id");
        var space = await owner.SpacesPathAsync(project);
        await IdAsync(creator.PostAsJsonAsync($"{space}/datasets", new { name = "walk-space" }));
        await IdAsync(creator.PostAsJsonAsync($"{space}/datasets/walk-space/collections", new { name = "walk-collection" }));
        await IdAsync(creator.PostAsJsonAsync($"{space}/datasets", new { name = "gone" }));
        var standalone = await IdAsync(creator.PostAsJsonAsync($"{space}/datasets/gone/collections", new { name = "left" }));
        Assert.Equal(HttpStatusCode.OK, (await creator.DeleteAsync($"{space}/datasets/gone")).StatusCode);

        var world = new ProjectWorld();
        world._values["project"] = project.ToString();
        world._values["dataset"] = uploaded.Id("dataset_id").ToString();
        world._values["version"] = uploaded.Id("dataset_version_id").ToString();
        world._values["experiment"] = experiment;
        world._values["model"] = model;
        world._values["deployment"] = deployment;
        world._values["decision"] = decision;
        world._values["task"] = task;
        world._values["member"] = people.Viewer.Id.ToString();
        world._values["namespace"] = owner.Namespace;
        world._values["slug"] = space.Split('/')[^1];
        world._values["spaces-dataset"] = "walk-space";
        world._values["collection"] = "walk-collection";
        world._values["standalone"] = standalone;
        return world;
    }

    /// <summary>The value of an id the request names in its query or body (<c>project_id</c>, <c>model_id</c>, ...).</summary>
    public string Id(string wire) => _values[wire switch
    {
        "project_id" => "project",
        "dataset_id" => "dataset",
        "dataset_version_id" => "version",
        "experiment_id" => "experiment",
        "model_id" => "model",
        "deployment_id" => "deployment",
        _ => throw new InvalidOperationException($"No value for '{wire}'."),
    }];

    /// <summary>The value of a route parameter, by its name and, for a bare <c>{id}</c>, the segment before it.</summary>
    public string Value(string parameter, string[] segments) => _values[parameter switch
    {
        "project_id" or "projectId" => "project",
        "dataset_id" => "dataset",
        "dataset_version_id" or "version_id" => "version",
        "experiment_id" => "experiment",
        "model_id" => "model",
        "deployment_id" => "deployment",
        "taskId" => "task",
        "user_id" or "userId" => "member",
        "slug" => "namespace",
        "projectSlug" => "slug",
        "name" => "spaces-dataset",
        "collectionName" => "collection",
        "collectionId" => "standalone",
        "id" => segments[Array.FindIndex(segments, s => s.StartsWith("{id", StringComparison.Ordinal)) - 1] switch
        {
            "datasets" => "dataset",
            "experiments" => "experiment",
            "decisions" => "decision",
            var other => throw new InvalidOperationException($"No value for {{id}} after '{other}'."),
        },
        _ => throw new InvalidOperationException($"No value for the route parameter '{parameter}'."),
    }];

    private static async Task<string> IdAsync(Task<HttpResponseMessage> created, string field = "id")
    {
        var response = await created;
        JsonNode body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body[field]!.ToString();
    }
}
