using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Metrics;

namespace Airspace.Host.Http;

/// <summary>
/// <c>GET /metrics</c> (Prometheus text, OpenTelemetry's exporter) and <c>GET /healthz</c> (JSON, <see cref="HealthJson"/>):
/// on <c>Airspace:Http:Urls</c>, or only on <c>Airspace:Http:ManagementUrls</c> when that is set.
/// </summary>
public static class ManagementEndpoints
{
    public const string MetricsPath = "/metrics";
    public const string HealthPath = "/healthz";

    /// <summary>The meters exported: the bot's own (<see cref="AirspaceMetrics"/>, <see cref="OutboxGauges"/>), the runtime's and ASP.NET Core's.</summary>
    public static IServiceCollection AddAirspaceTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(AirspaceMetrics.MeterName)
            .AddRuntimeInstrumentation()
            .AddAspNetCoreInstrumentation()
            // No response cache: a scrape sees what happened up to that moment (scrapes come every 15 s or so, not in bursts).
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        services.AddSingleton<OutboxGauges>();
        return services;
    }

    public static WebApplication MapAirspaceManagement(this WebApplication app, HttpOptions http)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(http);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var management = path.StartsWithSegments(MetricsPath, StringComparison.Ordinal) || path.StartsWithSegments(HealthPath, StringComparison.Ordinal);
            if (management && http.HasManagement && !ManagementListeners.IsManagement(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (path.StartsWithSegments(MetricsPath, StringComparison.Ordinal))
            {
                // Resolved here, not when the app is built: the platforms' options are validated at start, with one sentence.
                await context.RequestServices.GetRequiredService<OutboxGauges>().RefreshAsync(context.RequestAborted).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        });
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthJson.WriteAsync });
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
