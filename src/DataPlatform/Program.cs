using DataPlatform.Domain.Artifacts;
using DataPlatform.Features.Auth;
using DataPlatform.Features.Cli;
using DataPlatform.Features.Platform;
using DataPlatform.Features.Platform.Datasets;
using DataPlatform.Features.Platform.Datasets.Comparisons;
using DataPlatform.Features.Platform.Datasets.GetDataset;
using DataPlatform.Features.Platform.Reports;
using DataPlatform.Features.Spaces;
using DataPlatform.Features.System.Health;
using DataPlatform.Features.System.Home;
using DataPlatform.Features.Tracker;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

if (ProfileCommand.Matches(args))
{
    return ProfileCommand.Run(args, Console.Out, Console.Error);
}

if (ServiceCommand.Answer(args, Console.Out) is { } answered)
{
    return answered;
}

return RunService(args);

// The web service, in a method of its own: the profile command neither compiles nor loads any of it.
static int RunService(string[] args)
{
    OwnerOnlyFiles.Apply();
    // The root appsettings.json is copied next to the binary: read it from there whatever the working directory.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    if (ServiceCommand.TakenAddresses(builder.Configuration[WebHostDefaults.ServerUrlsKey]) is { Count: > 0 } taken)
    {
        Console.Error.WriteLine(ServiceCommand.AddressInUse(taken));
        return 1;
    }

    builder.Services.AddOptions<DataPlatformOptions>()
        .Bind(builder.Configuration.GetSection(DataPlatformOptions.Section))
        .PostConfigure<IConfiguration>((options, configuration) =>
        {
            // The variable the Datasets API documents, when the DataPlatform: key is not set.
            if (configuration[$"{DataPlatformOptions.Section}:{nameof(DataPlatformOptions.MaxDatasetUploadBytes)}"] is null
                && long.TryParse(configuration["MAX_DATASET_UPLOAD_BYTES"], System.Globalization.CultureInfo.InvariantCulture, out var limit))
            {
                options.MaxDatasetUploadBytes = limit;
            }
        })
        .ValidateOnStart();
    builder.Services.AddSingleton<IValidateOptions<DataPlatformOptions>, DataPlatformOptionsValidator>();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddSingleton<Clock>();
    builder.Services.AddSingleton<DataDirectory>();
    builder.Services.AddDatabase();
    builder.Services.AddSingleton<IArtifactStore, LocalArtifactStore>();
    builder.Services.AddScoped<DatasetIngest>();
    builder.Services.AddSingleton<PreviewCache>();
    builder.Services.AddSingleton<ReportRenderer>();
    builder.Services.AddScoped<VersionComparison>();
    builder.Services.AddScoped<ProjectAccess>();
    builder.Services.AddScoped<DatabaseSession>();
    builder.Services.AddHostedService<StartupTasks>();
    builder.Services.AddHostedService<ArtifactReconciliation>();

    builder.Services.AddMediator(options =>
    {
        options.ServiceLifetime = ServiceLifetime.Scoped;
        // Access before validation: a caller without access cannot probe the rules.
        options.PipelineBehaviors = [typeof(SessionBehavior<,>), typeof(CallerBehavior<,>), typeof(PasswordSessionBehavior<,>), typeof(ProjectAccessBehavior<,>), typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
    });
    builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
    WireNames.UseInValidationMessages();

    builder.Services.AddPlatformAuth();
    builder.Services.AddExceptionHandler<ApiExceptionHandler>();
    // UseExceptionHandler() insists on a fallback writer; ApiExceptionHandler handles every exception, so it never runs.
    builder.Services.AddProblemDetails();
    builder.Services.ConfigureHttpJsonOptions(json => JsonSetup.Configure(json.SerializerOptions));
    builder.Services.Configure<RouteHandlerOptions>(routing => routing.ThrowOnBadRequest = true);
    builder.Services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
        .Configure<IOptions<DataPlatformOptions>>((kestrel, options) =>
        {
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxJsonBodyBytes;
            RequestHeadLimits.ConfigureKestrel(kestrel.Limits);
        });
    builder.Services.AddSurfaceDocuments();

    var app = builder.Build();

    app.UseRequestHeadLimits();
    app.UseExceptionHandler();
    app.UseStatusCodePages(context => ErrorWriter.WriteStatusCodePageAsync(context.HttpContext));
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();

    app.MapOpenApi(OpenApiSetup.ServedPattern).AllowAnonymous();
    // A self-hosted page makes no request elsewhere and shows no cloud features that do nothing here.
    app.MapScalarApiReference("/docs", scalar => scalar
        .WithTitle("DataPlatform API")
        .WithOpenApiRoutePattern(OpenApiSetup.RoutePattern)
        .AddDocuments(OpenApiSetup.Platform, OpenApiSetup.Tracker, OpenApiSetup.Spaces)
        .DisableDefaultFonts()
        .DisableTelemetry()
        .DisableAgent()
        .DisableMcp()
        .HideDeveloperTools())
        .AllowAnonymous();

    var surfaces = app.MapGroup("").AddEndpointFilter<CompleteJsonResponses>();
    surfaces.MapHome();
    surfaces.MapHealth();
    surfaces.MapAuth();
    surfaces.MapPlatform();
    surfaces.MapTracker();
    surfaces.MapSpaces();

    app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
        "DataPlatform {Version} is ready at {Urls}; API reference at {Docs}; data in {DataDirectory}",
        ServiceCommand.Version,
        string.Join(", ", app.Urls),
        string.Join(", ", app.Urls.Select(url => url.TrimEnd('/') + "/docs")),
        app.Services.GetRequiredService<DataDirectory>().Root));

    app.Run();
    return 0;
}
