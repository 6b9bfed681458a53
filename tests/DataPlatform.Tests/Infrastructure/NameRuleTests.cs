using System.Net;
using System.Net.Http.Json;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// One name rule on every surface: no control or invisible format characters (zero-width spaces,
/// bidirectional overrides), something visible, at most 200 characters; names that are path
/// segments or file names (datasets, collections, uploaded files) without '/', '\' and not '.' or '..'.
/// </summary>
public abstract class NameRuleTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    public static TheoryData<string, string> PathNames => new()
    {
        { "a/b", "must not contain '/' or '\\'" },
        { "a\\b", "must not contain '/' or '\\'" },
        { ".", "must not be '.' or '..'" },
        { " .. ", "must not be '.' or '..'" },
        { "\u200B\u200B", "must have a visible character" },
        { "\u3164", "must have a visible character" },
        { "invoice\u202Etxt.exe", "must not contain invisible format characters" },
        { "zero\u200Bwidth", "must not contain invisible format characters" },
        { "line\r\nbreak", "must not contain control characters" },
        { new string('x', 201), "must be at most 200 characters" },
    };

    [Theory]
    [MemberData(nameof(PathNames))]
    public async Task Dataset_names_follow_one_rule_on_every_surface(string name, string problem)
    {
        var (user, project, spaces) = await ProjectAsync();

        var platform = await user.PostUploadAsync(project, name, "a,b\n1,2\n");
        var tracker = await user.Client.PostAsJsonAsync($"/projects/{project}/datasets", new
        {
            name, source = "s", description = "d", records = 1, acquisitionDate = "2026-03-01T00:00:00.000Z", phase = "data_understanding",
        });
        var spacesDataset = await user.Client.PostAsJsonAsync($"{spaces}/datasets", new { name });

        Assert.Contains(problem, await platform.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains(problem, await tracker.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains(problem, await spacesDataset.AssertErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("filename*=UTF-8''data%0D%0A.csv", "must not contain control characters")]
    [InlineData("filename=\"..\"", "must not be '.' or '..'")]
    public async Task Uploaded_file_names_follow_the_rule_for_datasets_and_models(string disposition, string problem)
    {
        var (user, project, _) = await ProjectAsync();
        var experiment = (await (await user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "run" })).ReadJsonAsync())["id"]!.GetValue<string>();
        string File(string fields) => fields + $"--b\r\nContent-Disposition: form-data; name=\"file\"; {disposition}\r\n\r\na,b\n1,2\n\r\n--b--\r\n";

        var dataset = await user.Client.PostRawMultipartAsync("/api/datasets/upload", File(Field("project_id", project.ToString()) + Field("name", "Named")));
        var model = await user.Client.PostRawMultipartAsync("/api/models", File(Field("experiment_id", experiment) + Field("name", "GBM") + Field("algorithm", "GBM")));

        Assert.Equal($"'file' {problem}.", await dataset.AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal($"'file' {problem}.", await model.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_model_file_name_of_5000_characters_is_400()
    {
        var (user, project, _) = await ProjectAsync();
        var experiment = (await (await user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "run" })).ReadJsonAsync())["id"]!.GetValue<string>();

        var model = await user.Client.PostAsync("/api/models", Support.Datasets.Form([("experiment_id", experiment), ("name", "GBM"), ("algorithm", "GBM")], new string('m', 5_000) + ".bin", [1, 2, 3]));

        Assert.Equal("'file' must be at most 200 characters.", await model.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("\u202EecilA")]
    [InlineData("\u200B")]
    public async Task Other_names_refuse_invisible_and_bidirectional_characters(string name)
    {
        var (user, _, _) = await ProjectAsync();

        var project = await user.Client.PostAsJsonAsync("/api/projects", new { name });
        var register = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = $"{Guid.NewGuid():N}@example.com", name, password = Api.Password });

        await project.AssertErrorAsync(HttpStatusCode.BadRequest);
        await register.AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Names_that_are_not_paths_may_hold_a_slash()
    {
        var (user, project, _) = await ProjectAsync();

        var created = await user.Client.PostAsJsonAsync("/api/projects", new { name = "A/B testing" });
        var experiment = await user.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name = "lr 1e-3 / batch 64" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, experiment.StatusCode);
    }

    private static string Field(string name, string value) => $"--b\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

    private async Task<(TestUser User, Guid Project, string Spaces)> ProjectAsync()
    {
        var user = await app.RegisterAsync();
        var project = await user.CreateProjectAsync("Names");
        return (user, project, await user.SpacesPathAsync(project));
    }
}

public sealed class NameRuleTestsOnSqlite(SqliteApp app) : NameRuleTests<SqliteApp>(app);

public sealed class NameRuleTestsOnPostgres(PostgresApp app) : NameRuleTests<PostgresApp>(app);
