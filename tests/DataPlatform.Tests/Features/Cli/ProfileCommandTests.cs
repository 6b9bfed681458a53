using System.Text.Json.Nodes;
using DataPlatform.Features.Cli;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Cli;

/// <summary><c>DataPlatform profile FILE</c> prints what <c>/analyze</c> answers for an upload of the same file.</summary>
public sealed class ProfileCommandTests(SqliteApp app) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profile-command-").FullName;

    [Fact]
    public async Task The_command_prints_the_JSON_that_analyze_returns_for_the_uploaded_file()
    {
        var path = Write("data.csv", Support.Datasets.SampleCsv);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ProfileCommand.Run(["profile", path], output, error);

        Assert.Equal(0, exit);
        Assert.Contains("profiled", error.ToString(), StringComparison.Ordinal);
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync())).Id("dataset_id");
        var analyze = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/analyze")).ReadJsonAsync();
        Assert.True(JsonNode.DeepEquals(analyze, JsonNode.Parse(output.ToString())), $"{analyze}\n---\n{output}");
    }

    [Fact]
    public void Help_says_what_it_prints_and_wrong_usage_exits_with_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(0, ProfileCommand.Run(["profile", "--help"], output, error));
        Assert.Contains("GET /api/datasets/{id}/analyze", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, ProfileCommand.Run(["profile"], output, error));
        Assert.Equal(2, ProfileCommand.Run(["profile", Path.Combine(_directory, "missing.csv")], output, error));
        Assert.Contains("No such file", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_profiled_exits_with_1_and_names_the_row()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ProfileCommand.Run(["profile", Write("bad.csv", "a,b\n1,2\n3\n")], output, error);

        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("Line 3", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
