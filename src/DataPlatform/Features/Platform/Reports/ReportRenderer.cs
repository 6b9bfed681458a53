using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DataPlatform.Features.Platform.Reports;

/// <summary>Renders a report component to a whole HTML page, in a request or on the command line.</summary>
public sealed class ReportRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>A report runs no script and loads nothing: its style is inline and its charts are inline SVG.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>A rendered report as the response: HTML, under <see cref="ContentSecurityPolicy"/>.</summary>
    public static IResult Page(HttpResponse response, string html)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Content(html, ContentType);
    }

    public async Task<string> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters.ToDictionary()))).ToHtmlString());
    }
}
