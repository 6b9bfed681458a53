using System.Net;
using System.Text;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

/// <summary>MAX_DATASET_UPLOAD_BYTES, as the seed names it, for bodies with a length and chunked ones (and project archives); nothing is kept.</summary>
public sealed class UploadLimitTests : IClassFixture<SqliteApp>
{
    private const int Limit = 4096;
    private readonly TestApp app;

    public UploadLimitTests(SqliteApp app) => this.app = app.With("MAX_DATASET_UPLOAD_BYTES", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_file_within_the_limit_is_accepted()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        var response = await owner.PostUploadAsync(project, "Small", Csv(Limit - 100));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_larger_file_sent_with_its_length_is_413_and_leaves_nothing()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var files = app.ArtifactFiles().Count;

        var response = await owner.PostUploadAsync(project, "Large", Csv(Limit + 1));

        Assert.Contains("4,096", await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
        Assert.Equal(files, app.ArtifactFiles().Count);
        Assert.Equal(0, (await (await owner.Client.GetAsync($"/api/datasets?project_id={project}")).ReadJsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_larger_file_sent_chunked_is_413_and_leaves_nothing()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        var files = app.ArtifactFiles().Count;

        var response = await owner.Client.PostAsync(
            "/api/datasets/upload",
            Support.Datasets.Form([("project_id", project.ToString()), ("name", "Large")], "large.csv", Csv(Limit + 1), chunked: true));

        await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(files, app.ArtifactFiles().Count);
    }

    [Fact]
    public async Task A_project_archive_over_the_limit_is_413_and_leaves_nothing()
    {
        var owner = await app.RegisterAsync();
        var files = app.ArtifactFiles().Count;

        var response = await owner.Client.PostAsync("/api/projects/import", Support.Datasets.Form([], "project.zip", Csv(Limit + 1)));

        Assert.Contains("4,096", await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
        Assert.Equal(files, app.ArtifactFiles().Count);
        Assert.Equal(0, (await (await owner.Client.GetAsync("/api/projects?status=all")).ReadJsonAsync())["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_archive_whose_dataset_file_is_over_the_limit_is_refused_before_the_file_is_profiled()
    {
        // Exported where the limit is the default: a 20 KB file that compresses to almost nothing.
        await using var roomy = new SqliteApp();
        var exporter = await roomy.RegisterAsync();
        var source = await exporter.CreateProjectAsync();
        await exporter.UploadAsync(source, "Repetitive", "a,b\n" + string.Concat(Enumerable.Repeat("1,1\n", 5_000)));
        var archive = await (await exporter.Client.GetAsync($"/api/projects/{source}/export")).Content.ReadAsByteArrayAsync();
        var owner = await app.RegisterAsync();

        var response = await owner.Client.PostAsync("/api/projects/import", Support.Datasets.Form([], "project.zip", archive));

        Assert.True(archive.Length < Limit, $"the archive is {archive.Length} bytes");
        Assert.Contains("over the upload limit of 4,096", await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_body_over_the_limit_and_the_form_allowance_is_413_before_it_is_read()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();

        // With "Expect: 100-continue" the client waits for the server before sending the body: the server
        // answers 413 from the length alone, and the client never writes into a closed connection.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/datasets/upload")
        {
            Content = Support.Datasets.Form([("project_id", project.ToString()), ("name", "Huge")], "huge.csv", Csv(Limit + (2 * 1024 * 1024))),
        };
        request.Headers.ExpectContinue = true;

        var response = await owner.Client.SendAsync(request);

        Assert.Contains("Request body too large", await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
    }

    private static byte[] Csv(int bytes)
    {
        var text = new StringBuilder("value\n");
        while (text.Length < bytes)
        {
            text.Append("12345678\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString(0, bytes));
    }
}
