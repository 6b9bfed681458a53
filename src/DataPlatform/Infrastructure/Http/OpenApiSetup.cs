using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;

namespace DataPlatform.Infrastructure.Http;

/// <summary>One OpenAPI document per surface, served at <c>/openapi/{surface}.json</c>.</summary>
public static class OpenApiSetup
{
    public const string Platform = "platform";
    public const string Tracker = "tracker";
    public const string Spaces = "spaces";
    public const string RoutePattern = "/openapi/{documentName}.json";
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
}
