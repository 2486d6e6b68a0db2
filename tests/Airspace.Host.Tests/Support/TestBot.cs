using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Host.Tests.Support;

/// <summary>The whole bot, in process, on a temp data directory, with the console channel captured.</summary>
public sealed class TestBot : InProcessBot
{
    private TestBot(IDictionary<string, string?> settings, CaptureWriter console, Action<IServiceCollection>? configure)
        : base(settings, console, configure)
    {
        Console = console;
    }

    public CaptureWriter Console { get; }

    /// <summary>Fast loops, so tests do not wait on production poll intervals.</summary>
    public static Dictionary<string, string?> Settings(string dataDirectory, string samplesDirectory)
    {
        var settings = TestHosts.FastLoops(dataDirectory);
        settings["Airspace:Seed:SamplesDirectory"] = samplesDirectory;
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }

    /// <summary>Builds the host (not started).</summary>
    public static TestBot Create(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null) =>
        new(settings, new CaptureWriter(), configure);

    public static Task<TestBot> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null) =>
        StartAsync(Create(settings, configure));
}
