using System.Net.Http.Json;
using System.Text;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// What a write costs the database (<see cref="CommandCountingApp"/>): at most three commands (the
/// access query and two more, such as a lock or a read-back) plus one per row it inserts, updates or
/// deletes. Every write route of every surface has a sample here, sent by the project's owner on a
/// world with one of everything (<see cref="ProjectWorld"/>); a route without one fails the test. A
/// failure lists the statements the route ran.
/// </summary>
public sealed class WriteBudgetTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    private const int FixedBudget = 3;

    private sealed record Sample(RouteInfo Route, ProjectWorld World, ProjectWorld.People People, TestApp App)
    {
        public HttpRequestMessage To(HttpContent? body, string? id = null)
        {
            var segments = Route.Pattern.Split('/');
            return new HttpRequestMessage(new HttpMethod(Route.Method), Route.Url(parameter => id ?? World.Value(parameter, segments))) { Content = body };
        }

        public string Id(string wire) => World.Id(wire);
    }

    private static readonly byte[] SampleCsv = Encoding.UTF8.GetBytes(Datasets.SampleCsv);

    private static HttpContent Json(object body) => JsonContent.Create(body);

    private static Task<HttpRequestMessage> Now(HttpRequestMessage message) => Task.FromResult(message);

    private static readonly Dictionary<string, Func<Sample, Task<HttpRequestMessage>>> Samples = new(StringComparer.Ordinal)
    {
        ["POST /api/auth/register"] = s => Now(s.To(Json(new { email = $"budget-{Guid.NewGuid():N}@example.com", name = "Budget", password = Api.Password }))),
        ["POST /api/auth/login"] = s => Now(s.To(Json(new { email = s.People.Owner.Email, password = Api.Password }))),
        ["POST /api/auth/api-keys"] = s => Now(s.To(Json(new { name = "ci" }))),
        ["DELETE /api/auth/api-keys/{id:guid}"] = async s =>
        {
            var key = await (await s.People.Owner.Client.PostAsJsonAsync("/api/auth/api-keys", new { name = "gone" })).ReadJsonAsync();
            return s.To(null, key["id"]!.GetValue<string>());
        },
        ["POST /api/datasets/upload"] = s => Now(s.To(Datasets.Form([("project_id", s.Id("project_id")), ("name", "Budget upload")], "data.csv", SampleCsv))),
        ["DELETE /api/datasets/{dataset_id:guid}"] = s => Now(s.To(null)),
        ["POST /api/datasets/{dataset_id:guid}/versions"] = s => Now(s.To(Datasets.Form([("description", "More")], "data.csv", SampleCsv))),
        ["POST /api/deployments/"] = s => Now(s.To(Json(new { model_id = s.Id("model_id"), name = "prod", stage = "production", is_active = true }))),
        ["DELETE /api/deployments/{deployment_id:guid}"] = s => Now(s.To(null)),
        ["PATCH /api/deployments/{deployment_id:guid}"] = s => Now(s.To(Json(new { stage = "production" }))),
        ["POST /api/experiments/"] = s => Now(s.To(Json(new { project_id = s.Id("project_id"), dataset_id = s.Id("dataset_id"), name = "Budget run" }))),
        ["DELETE /api/experiments/{experiment_id:guid}"] = s => Now(s.To(null)),
        ["PATCH /api/experiments/{experiment_id:guid}"] = s => Now(s.To(Json(new { status = "completed", metrics = new { auc = 0.9 } }))),
        ["POST /api/models/"] = s => Now(s.To(Datasets.Form([("experiment_id", s.Id("experiment_id")), ("name", "m2"), ("algorithm", "GBM")], "model.bin", "other model bytes"u8.ToArray()))),
        ["DELETE /api/models/{model_id:guid}"] = s => Now(s.To(null)),
        ["PATCH /api/models/{model_id:guid}"] = s => Now(s.To(Json(new { name = "renamed" }))),
        ["POST /api/projects/"] = s => Now(s.To(Json(new { name = "Budget project" }))),
        ["POST /api/projects/import"] = async s =>
        {
            var archive = await (await s.People.Owner.Client.GetAsync($"/api/projects/{s.Id("project_id")}/export")).Content.ReadAsByteArrayAsync();
            return s.To(Datasets.Form([], "project.zip", archive));
        },
        ["DELETE /api/projects/{project_id:guid}"] = s => Now(s.To(null)),
        ["PUT /api/projects/{project_id:guid}"] = s => Now(s.To(Json(new { name = "Renamed", status = "archived" }))),
        ["POST /api/projects/{project_id:guid}/members/"] = async s => s.To(Json(new { email = (await s.App.RegisterAsync()).Email, role = "editor" })),
        ["DELETE /api/projects/{project_id:guid}/members/{user_id:guid}"] = s => Now(s.To(null)),
        ["DELETE /namespaces/{slug}/projects/{projectSlug}/collections/{collectionId:guid}"] = s => Now(s.To(null)),
        ["POST /namespaces/{slug}/projects/{projectSlug}/datasets/"] = s => Now(s.To(Json(new { name = "budget-space", tags = new[] { "a" } }))),
        ["DELETE /namespaces/{slug}/projects/{projectSlug}/datasets/{name}"] = s => Now(s.To(null)),
        ["PATCH /namespaces/{slug}/projects/{projectSlug}/datasets/{name}"] = s => Now(s.To(Json(new { description = "d", tags = new[] { "b" } }))),
        ["POST /namespaces/{slug}/projects/{projectSlug}/datasets/{name}/collections/"] = s => Now(s.To(Json(new { name = "budget-collection", members = new[] { "x" } }))),
        ["DELETE /namespaces/{slug}/projects/{projectSlug}/datasets/{name}/collections/{collectionName}"] = s => Now(s.To(null)),
        ["PATCH /namespaces/{slug}/projects/{projectSlug}/datasets/{name}/collections/{collectionName}"] = s => Now(s.To(Json(new { members = new[] { "y" } }))),
        ["POST /projects/"] = s => Now(s.To(Json(new { projectName = "Budget tracker", clientName = "c", description = "d" }))),
        ["DELETE /projects/{projectId:guid}"] = s => Now(s.To(null)),
        ["PUT /projects/{projectId:guid}"] = s => Now(s.To(Json(new { projectName = "Renamed", clientName = "c2", description = "d2" }))),
        ["POST /projects/{projectId:guid}/datasets/"] = s => Now(s.To(Json(new { name = "Tracked", source = "crm", description = "d", records = 10, acquisitionDate = "2026-03-01", phase = "data_understanding" }))),
        ["DELETE /projects/{projectId:guid}/datasets/{id:guid}"] = s => Now(s.To(null)),
        ["POST /projects/{projectId:guid}/decisions/"] = s => Now(s.To(Json(new { title = "Ship", description = "d", rationale = "r", phase = "deployment", decisionDate = "2026-03-06" }))),
        ["DELETE /projects/{projectId:guid}/decisions/{id:guid}"] = s => Now(s.To(null)),
        ["POST /projects/{projectId:guid}/experiments/"] = s => Now(s.To(Json(new { name = "Tracked run", description = "d", phase = "modeling", runDate = "2026-03-02", metrics = new { auc = 0.8 } }))),
        ["DELETE /projects/{projectId:guid}/experiments/{id:guid}"] = s => Now(s.To(null)),
        ["POST /projects/{projectId:guid}/tasks/"] = s => Now(s.To(Json(new { name = "Clean" }))),
        ["DELETE /projects/{projectId:guid}/tasks/{taskId:guid}"] = s => Now(s.To(null)),
        ["PATCH /projects/{projectId:guid}/tasks/{taskId:guid}"] = s => Now(s.To(Json(new { status = "completed" }))),
        ["POST /projects/{projectId:guid}/team/"] = async s => s.To(Json(new { email = (await s.App.RegisterAsync()).Email })),
        ["DELETE /projects/{projectId:guid}/team/{userId:guid}"] = s => Now(s.To(null)),
    };

    [Fact]
    public async Task Every_write_runs_three_commands_plus_one_per_row_it_writes()
    {
        var people = await ProjectWorld.People.RegisterAsync(app);
        var problems = new List<string>();
        var measured = 0;
        foreach (var route in Routes.All(app).Where(r => r.Method != "GET" && r.Request is not null))
        {
            if (!Samples.TryGetValue(route.ToString(), out var sample))
            {
                problems.Add($"{route}: no sample write here");
                continue;
            }

            var message = await sample(new Sample(route, await ProjectWorld.CreateAsync(people), people, app));
            var (commands, rows, statements) = (app.Commands, app.Rows, app.Statements.Count);
            var response = await people.Owner.Client.SendAsync(message);
            (commands, rows) = (app.Commands - commands, app.Rows - rows);
            if (!response.IsSuccessStatusCode || (rows == 0 && route.ToString() != "POST /api/auth/login"))
            {
                problems.Add($"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}, {rows} rows written");
                continue;
            }

            if (commands > FixedBudget + rows)
            {
                problems.Add($"{route}: {commands} commands for {rows} rows, budgeted {FixedBudget + rows}:{Environment.NewLine}    "
                    + string.Join(Environment.NewLine + "    ", app.Statements.Skip(statements).Select(sql => sql.Length > 150 ? sql[..150] + "..." : sql)));
            }

            measured++;
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(measured >= 40, $"only {measured} writes were measured");
    }
}
