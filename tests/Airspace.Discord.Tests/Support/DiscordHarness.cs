using Airspace.Core.Resilience;
using Airspace.Discord.Transport.Gateway;
using Airspace.Discord.Tests.Fakes;
using Airspace.Host.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airspace.Discord.Tests.Support;

/// <summary>
/// The adapter's services as the host composes them (real SQLite store on a temp directory), pointed at a
/// <see cref="FakeDiscord"/>, without starting any hosted loop: tests drive the classes directly.
/// </summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    private readonly List<(CancellationTokenSource Stop, Task Run)> _loops = [];

    private DiscordHarness(FakeDiscord fake, TempDirectory temp, ServiceProvider services, LogCapture logs)
    {
        Fake = fake;
        Temp = temp;
        Services = services;
        Logs = logs;
    }

    public FakeDiscord Fake { get; }

    public TempDirectory Temp { get; }

    public ServiceProvider Services { get; }

    public LogCapture Logs { get; }

    public static Task<DiscordHarness> StartAsync(Action<Dictionary<string, string?>>? settings = null, Action<IServiceCollection>? configure = null) =>
        StartAsync((_, values) => settings?.Invoke(values), configure);

    /// <summary>With settings that need the fake (a webhook URL carries its port).</summary>
    public static async Task<DiscordHarness> StartAsync(Action<FakeDiscord, Dictionary<string, string?>> settings, Action<IServiceCollection>? configure = null)
    {
        var fake = await FakeDiscord.StartAsync();
        var temp = new TempDirectory();
        var values = fake.Settings();
        values["Airspace:DataDirectory"] = temp.Combine("data");
        values["Airspace:Seed:Enabled"] = "false";
        settings(fake, values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IJitterSource>(new FixedJitter(0.5));
        services.AddAirspace(configuration);
        // After the composition, so a test's registration replaces the adapter's.
        configure?.Invoke(services);
        return new DiscordHarness(fake, temp, services.BuildServiceProvider(), logs);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs the gateway client until the harness is disposed; returns its task.</summary>
    public Task RunGateway() => Run(ct => Get<GatewayClient>().RunAsync(ct));

    public Task Run(Func<CancellationToken, Task> loop)
    {
        var stop = new CancellationTokenSource();
        var run = Task.Run(() => loop(stop.Token));
        _loops.Add((stop, run));
        return run;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (stop, run) in _loops)
        {
            await stop.CancelAsync();
            try
            {
                await run.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (OperationCanceledException)
            {
            }

            stop.Dispose();
        }

        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        Temp.Dispose();
    }
}
