using Airspace.Host.Composition;
using Airspace.Host.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Airspace.Testing.Host;

/// <summary>Builds the real bot for tests: production composition, test settings, no console input.</summary>
public static class TestHosts
{
    /// <summary>Fast loops so tests never wait on production poll intervals; no reading commands from stdin.</summary>
    public static Dictionary<string, string?> FastLoops(string dataDirectory) => new()
    {
        ["Airspace:DataDirectory"] = dataDirectory,
        ["Airspace:Publisher:PollInterval"] = "00:00:00.1",
        ["Airspace:Dispatcher:PollInterval"] = "00:00:00.1",
        ["Airspace:Search:Indexer:PollInterval"] = "00:00:00.1",
        ["Airspace:Inbox:RescanInterval"] = "00:00:00.3",
        ["Airspace:Inbox:SettleTime"] = "00:00:00.05",
        ["Airspace:Console:ReadCommands"] = "false",
    };

    /// <summary>The host <c>airspace run</c> would build from <paramref name="settings"/> (not started).</summary>
    public static IHost Create(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null) =>
        AirspaceHostFactory.Create(AppConfiguration.Build(null, settings), configure);
}
