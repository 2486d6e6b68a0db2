using Airspace.Discord;
using Airspace.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Composition;

/// <summary>
/// Builds the long-running bot (<c>airspace run</c>). Without <c>Airspace:Http:Urls</c> (or <c>ManagementUrls</c>) it is a
/// plain generic host (no port opened); with it, a web host that also serves <c>/healthz</c>, <c>/metrics</c> and the
/// adapters' inbound endpoints.
/// Tests use it with their own configuration and console writer.
/// </summary>
public static class AirspaceHostFactory
{
    public static IHost Create(IConfiguration configuration, Action<IServiceCollection>? configure = null)
    {
        var dataDirectory = DataFolder.Ensure(DataDirectory(configuration));
        var http = HttpOptions.From(configuration);
        if (!http.Enabled)
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
            {
                ContentRootPath = Directory.GetCurrentDirectory(),
                ApplicationName = "airspace",
            });
            Configure(builder, configuration, configure);
            return new AirspaceHost(builder.Build(), dataDirectory);
        }

        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            ApplicationName = "airspace",
        });
        Configure(web, configuration, configure);
        web.Services.AddAirspaceTelemetry();
        var listeners = new ManagementListeners();
        web.Services.AddSingleton(listeners);
        if (http.HasManagement)
        {
            web.WebHost.ConfigureKestrel(kestrel => listeners.Configure(kestrel, http));
        }
        else
        {
            web.WebHost.UseUrls([.. http.PublicUrls]);
        }

        var app = web.Build();
        app.MapAirspaceManagement(http);
        app.MapAirspaceTelegram();
        app.MapAirspaceDiscord();
        return new AirspaceHost(app, dataDirectory);
    }

    public static string DataDirectory(IConfiguration configuration) =>
        configuration[AppConfiguration.DataDirectoryKey] is { Length: > 0 } dir ? dir : "./data";

    private static void Configure(IHostApplicationBuilder builder, IConfiguration configuration, Action<IServiceCollection>? configure)
    {
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        // /healthz is scraped every few seconds: its checks' failures are in its answer (and an unavailable store is
        // logged once by StoreAvailability), not an error line per scrape. Settings under Logging may say otherwise.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Critical);
        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddAirspaceConsole();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddAirspace(builder.Configuration).AddAirspaceWorkers();
        configure?.Invoke(builder.Services);
    }
}
