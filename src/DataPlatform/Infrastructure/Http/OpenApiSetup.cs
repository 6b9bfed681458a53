using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DataPlatform.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DataPlatform.Infrastructure.Http;

/// <summary>One OpenAPI document per surface, served at <c>/openapi/{surface}.json</c>.</summary>
public static class OpenApiSetup
{
    public const string Platform = "platform";
    public const string Tracker = "tracker";
    public const string Spaces = "spaces";
    public const string RoutePattern = "/openapi/{documentName}.json";

    /// <summary>The route that serves them: only these three names, so that any other is the API's 404 envelope.</summary>
    public const string ServedPattern = "/openapi/{documentName:regex(^(platform|tracker|spaces)$)}.json";
    private const string BearerSchemeId = "Bearer";

    private static readonly Dictionary<string, (string Title, string Description)> Surfaces = new(StringComparer.Ordinal)
    {
        [Platform] = ("DataPlatform Platform API", "The native API: auth, projects, members, datasets and their profiles (snake_case, /api/...)."),
        [Tracker] = ("DataPlatform Tracker API", "The /projects compatibility surface: projects, tasks, team and traceability by CRISP-DM phase (camelCase, _id)."),
        [Spaces] = ("DataPlatform Spaces API", "The /namespaces compatibility surface: projects by slug, datasets as containers of collections (camelCase)."),
    };

    public static IServiceCollection AddSurfaceDocuments(this IServiceCollection services)
    {
        foreach (var (name, (title, description)) in Surfaces)
        {
            services.AddOpenApi(name, options =>
            {
                options.ShouldInclude = api => string.Equals(api.GroupName, name, StringComparison.Ordinal);
                options.AddDocumentTransformer((document, _, _) =>
                {
                    document.Info = new OpenApiInfo { Title = title, Description = description, Version = "1.0" };
                    // Paths are absolute; the document never pins clients to the host that served it.
                    document.Servers = [];
                    document.Components ??= new OpenApiComponents();
                    document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
                    document.Components.SecuritySchemes[BearerSchemeId] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "A token from register/login, or an API key (dp_...).",
                    };
                    InlineFiles(document);
                    return Task.CompletedTask;
                });
                // Stored JSON values were JsonElement before; the documents keep the name clients know.
                options.CreateSchemaReferenceId = type => type.Type == typeof(StoredJson) ? "JsonElement" : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
                options.AddSchemaTransformer((schema, context, _) =>
                {
                    // Properties left out of the JSON when null are not required, whatever their constructor says.
                    foreach (var property in context.JsonTypeInfo.Properties)
                    {
                        if (IsOmittedWhenNull(property))
                        {
                            schema.Required?.Remove(property.Name);
                        }
                    }

                    return Task.CompletedTask;
                });
                options.AddOperationTransformer((operation, context, _) =>
                {
                    var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                    var requiresCaller = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
                    if (requiresCaller)
                    {
                        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeId, context.Document)] = [] }];
                    }

                    return Task.CompletedTask;
                });
            });
        }

        return services;
    }

    private static bool IsOmittedWhenNull(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>()
            .Any(ignore => ignore.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault) == true;

    /// <summary>
    /// Files as <c>{"type": "string", "format": "binary"}</c> in place of references to the
    /// <c>IFormFile</c> (upload form parts) and <c>Stream</c> (downloads) components: client
    /// generators (NSwag) recognise a file only written out.
    /// </summary>
    private static void InlineFiles(OpenApiDocument document)
    {
        string[] fileSchemaIds = [nameof(IFormFile), nameof(Stream)];
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        foreach (var id in fileSchemaIds)
        {
            schemas.Remove(id);
        }

        IOpenApiSchema Inline(IOpenApiSchema schema) =>
            schema is OpenApiSchemaReference { Reference.Id: { } id } reference && fileSchemaIds.Contains(id)
                ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = reference.Description }
                : schema;

        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                schema.Properties![name] = Inline(property);
            }
        }

        var responses = document.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Responses?.Values.AsEnumerable() ?? []);
        foreach (var media in responses.SelectMany(response => response.Content?.Values.AsEnumerable() ?? []).OfType<OpenApiMediaType>())
        {
            if (media.Schema is { } schema)
            {
                media.Schema = Inline(schema);
            }
        }
    }
}
