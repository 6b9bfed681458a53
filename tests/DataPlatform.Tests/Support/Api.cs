using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataPlatform.Tests.Support;

/// <summary>A registered user and a client that sends their token.</summary>
public sealed record TestUser(Guid Id, string Email, string Name, string Namespace, string Token, HttpClient Client);

public static class Api
{
    public const string Password = "correct horse battery";

    public static HttpClient Anonymous(this TestApp app) => app.CreateClient();

    public static HttpClient WithToken(this TestApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<TestUser> RegisterAsync(this TestApp app, string? email = null, string? name = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        name ??= "Test User";
        var response = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, name, password = Password });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"register failed: {(int)response.StatusCode} {body}");
        var user = body["user"]!;
        var token = body["token"]!.GetValue<string>();
        return new TestUser(
            Guid.Parse(user["id"]!.GetValue<string>()),
            user["email"]!.GetValue<string>(),
            user["name"]!.GetValue<string>(),
            user["namespace"]!.GetValue<string>(),
            token,
            app.WithToken(token));
    }

    /// <summary>Creates a project owned by <paramref name="owner"/> and returns its id.</summary>
    public static async Task<Guid> CreateProjectAsync(this TestUser owner, string name = "Churn Prediction", string? description = "Telco customer churn")
    {
        var response = await owner.Client.PostAsJsonAsync("/api/projects", new { name, description });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create project failed: {(int)response.StatusCode} {body}");
        return Guid.Parse(body["project_id"]!.GetValue<string>());
    }

    /// <summary>The project's path on the Spaces surface: <c>/namespaces/{namespace}/projects/{slug}</c>.</summary>
    public static async Task<string> SpacesPathAsync(this TestUser owner, Guid projectId)
    {
        var slug = (await (await owner.Client.GetAsync($"/api/projects/{projectId}")).ReadJsonAsync())["project"]!["slug"]!.GetValue<string>();
        return $"/namespaces/{owner.Namespace}/projects/{slug}";
    }

    public static async Task AddMemberAsync(this TestUser owner, Guid projectId, TestUser member, string role)
    {
        var response = await owner.Client.PostAsJsonAsync($"/api/projects/{projectId}/members", new { email = member.Email, role });
        Assert.True(response.IsSuccessStatusCode, $"add member failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON body.");
    }

    /// <summary>Sends raw text as the body, for malformed and oversize payloads.</summary>
    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string path, string body, string contentType = "application/json") =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) });

    /// <summary>
    /// Asserts the status and that the body is exactly the error envelope <c>{"error": "..."}</c>
    /// served as JSON; returns the message.
    /// </summary>
    public static async Task<string> AssertErrorAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        var properties = document.RootElement.EnumerateObject().ToList();
        Assert.Single(properties);
        Assert.Equal("error", properties[0].Name);
        var message = properties[0].Value.GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }
}
