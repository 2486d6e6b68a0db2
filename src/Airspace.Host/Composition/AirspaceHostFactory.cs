using Airspace.Host.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Airspace.Host.Composition;

/// <summary>Builds the long-running bot (<c>airspace run</c>); tests use it with their own configuration and console writer.</summary>
public static class AirspaceHostFactory
{
    public static IHost Create(IConfiguration configuration, Action<IServiceCollection>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            ApplicationName = "airspace",
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            // stdout is the console channel; logs go to stderr.
            .AddSimpleConsole(o => o.SingleLine = true)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddAirspace(builder.Configuration).AddAirspaceWorkers();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    public static string DataDirectory(IConfiguration configuration) =>
        configuration[AppConfiguration.DataDirectoryKey] is { Length: > 0 } dir ? dir : "./data";
}
