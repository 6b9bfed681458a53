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
                    // The host that serves the document, whatever it is: /docs shows requests to it, and
                    // generated clients never pin the host a test or a proxy happened to use.
                    document.Servers = [new OpenApiServer { Url = "/", Description = "This service" }];
                    document.Components ??= new OpenApiComponents();
                    document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
                    document.Components.SecuritySchemes[BearerSchemeId] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "A token from register/login, or an API key (dp_...).",
                    };
                    InlineFiles(document);
                    DescribeUnions(document);
                    return Task.CompletedTask;
                });
                options.CreateSchemaReferenceId = SchemaId;
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

                    Shape(schema, context.JsonTypeInfo.Type);
                    return Task.CompletedTask;
                });
                options.AddOperationTransformer(async (operation, context, cancellationToken) =>
                {
                    var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                    var requiresCaller = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
                    if (requiresCaller)
                    {
                        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeId, context.Document)] = [] }];
                    }

                    // A route that takes JSON or a multipart form describes each with its own schema.
                    if (metadata.OfType<MultipartForm.Describes>().FirstOrDefault() is { } form && operation.RequestBody?.Content is { } content)
                    {
                        content["multipart/form-data"] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(form.FormType, cancellationToken: cancellationToken) };
                    }
                });
            });
        }

        return services;
    }

    /// <summary>
    /// Deliberate names for the schemas whose default names are the .NET ones: generic types
    /// (<c>PercentilesOfdouble</c>), the derived types of a union (<c>ColumnStatisticsNumericColumnStatistics</c>),
    /// and JSON values stored as given.
    /// </summary>
    private static string? SchemaId(JsonTypeInfo type) => type.Type switch
    {
        var t when t == typeof(StoredJson) => "JsonObject",
        var t when t == typeof(Profiling.Percentiles<double?>) => "NumericPercentiles",
        var t when t == typeof(Profiling.Percentiles<string?>) => "DatePercentiles",
        _ => OpenApiOptions.CreateDefaultSchemaReferenceId(type),
    };

    /// <summary>
    /// Shapes a client generator needs: a JSON object stored as given is an object of any values, and a
    /// preview row maps column names to strings, numbers, booleans or null.
    /// </summary>
    private static void Shape(OpenApiSchema schema, Type type)
    {
        if (type == typeof(StoredJson))
        {
            schema.Type = JsonSchemaType.Object;
            schema.AdditionalPropertiesAllowed = true;
            schema.AdditionalProperties = new OpenApiSchema();
        }

        if (type == typeof(IReadOnlyDictionary<string, object?>))
        {
            schema.AdditionalProperties = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Boolean | JsonSchemaType.Null,
                Description = "The cell: a number or boolean, a date-time as ISO 8601, other text as a string, null when missing.",
            };
        }
    }

    private static bool IsOmittedWhenNull(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>()
            .Any(ignore => ignore.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault) == true;

    /// <summary>
    /// Each union names its variants by their own names (<c>NumericColumnStatistics</c>, not the
    /// generated <c>ColumnStatisticsNumericColumnStatistics</c>), its discriminator maps each value to
    /// its variant, and each variant is an object that requires the discriminator, so that a client
    /// generator types it as always present and narrows the union by it (<c>kind</c> of a column's statistics).
    /// </summary>
    private static void DescribeUnions(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        foreach (var (unionId, union) in schemas?.Where(s => s.Value is OpenApiSchema { Discriminator: not null, AnyOf: not null }).ToList() ?? [])
        {
            var discriminator = union.Discriminator!;
            discriminator.Mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
            var variants = new List<IOpenApiSchema>();
            foreach (var generatedId in union.AnyOf!.OfType<OpenApiSchemaReference>().Select(r => r.Reference.Id!))
            {
                var variant = (OpenApiSchema)schemas![generatedId];
                var id = generatedId.StartsWith(unionId, StringComparison.Ordinal) ? generatedId[unionId.Length..] : generatedId;
                schemas.Remove(generatedId);
                schemas.Add(id, variant);
                var reference = new OpenApiSchemaReference(id, document);
                variants.Add(reference);
                discriminator.Mapping[variant.Properties![discriminator.PropertyName!].Enum!.Single()!.GetValue<string>()] = reference;
                variant.Type = JsonSchemaType.Object;
                variant.Required ??= new HashSet<string>(StringComparer.Ordinal);
                variant.Required.Add(discriminator.PropertyName!);
            }

            ((OpenApiSchema)union).AnyOf = variants;
        }
    }

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
