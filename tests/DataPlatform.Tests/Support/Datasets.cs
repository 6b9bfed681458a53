using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace DataPlatform.Tests.Support;

/// <summary>Multipart uploads as curl -F sends them, and where the service keeps the files.</summary>
public static class Datasets
{
    public const string SampleCsv =
        "amount,merchant,is_fraud,day\n" +
        "29.99,ACME Corp,0,2025-10-01\n" +
        "1250.00,Luxury Ltd,1,2025-10-02\n" +
        "15.5,\"Shop, Inc\",0,2025-10-03\n" +
        ",ACME Corp,0,2025-10-04\n";

    /// <summary>A form with the given text fields, then the file (when given) as the last part.</summary>
    public static MultipartFormDataContent Form(IEnumerable<(string Name, string Value)> fields, string? fileName, byte[]? file, bool chunked = false)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            // A stream of unknown length makes HttpClient send the body chunked.
            HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(file)) : new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "file", fileName ?? "data.csv");
        }

        return form;
    }

    /// <summary>A hand-written multipart body with boundary <c>b</c>, for malformed ones.</summary>
    public static Task<HttpResponseMessage> PostRawMultipartAsync(this HttpClient client, string path, string body)
    {
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        return client.PostAsync(path, content);
    }

    public static Task<HttpResponseMessage> PostUploadAsync(this TestUser user, Guid projectId, string name, string csv, string fileName = "data.csv", string? description = null) =>
        user.PostUploadAsync(projectId, name, Encoding.UTF8.GetBytes(csv), fileName, description);

    public static Task<HttpResponseMessage> PostUploadAsync(this TestUser user, Guid projectId, string name, byte[] file, string fileName = "data.csv", string? description = null)
    {
        var fields = new List<(string, string)> { ("project_id", projectId.ToString()), ("name", name) };
        if (description is not null)
        {
            fields.Add(("description", description));
        }

        return user.Client.PostAsync("/api/datasets/upload", Form(fields, fileName, file));
    }

    /// <summary>Uploads a new dataset and returns the response body (asserting 201).</summary>
    public static async Task<JsonNode> UploadAsync(this TestUser user, Guid projectId, string name = "Transactions Q4", string csv = SampleCsv)
    {
        var response = await user.PostUploadAsync(projectId, name, csv);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"upload failed: {(int)response.StatusCode} {body}");
        return body;
    }

    public static Task<HttpResponseMessage> PostVersionAsync(this HttpClient client, Guid datasetId, string csv, string description = "More rows") =>
        client.PostAsync($"/api/datasets/{datasetId}/versions", Form([("description", description)], "data.csv", Encoding.UTF8.GetBytes(csv)));

    public static Guid Id(this JsonNode node, string property) => Guid.Parse(node[property]!.GetValue<string>());

    /// <summary>Where the service keeps a file with these bytes.</summary>
    public static string ArtifactPath(this TestApp app, byte[] content)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        return Path.Combine(app.DataDirectory, "artifacts", sha256[..2], sha256[2..4], sha256);
    }

    /// <summary>Every file under the artifact folder, staged ones included (not the lock files of running instances).</summary>
    public static IReadOnlyList<string> ArtifactFiles(this TestApp app)
    {
        var root = Path.Combine(app.DataDirectory, "artifacts");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).ToList() : [];
    }

    /// <summary>The files staged in the artifact folder's tmp/ (uploads in progress, conversions on their way).</summary>
    public static IReadOnlyList<string> StagedFiles(this TestApp app) =>
        app.ArtifactFiles().Where(f => f.StartsWith(Path.Combine(app.DataDirectory, "artifacts", "tmp") + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
