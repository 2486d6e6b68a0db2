using System.Globalization;
using Airspace.Discord.Tests.Fakes;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// One self-hoster's bot: a real data folder and the real <c>airspace</c> executable (built beside the tests), run as
/// separate processes with settings from the environment only, as a user runs it. <see cref="Start"/> runs the bot,
/// <see cref="KillAsync"/> is <c>kill -9</c>, <see cref="InterruptAsync"/> is Ctrl+C, <see cref="RunAsync"/> runs one verb.
/// </summary>
public sealed class JourneyBot : IDisposable
{
    /// <summary>The exit code <see cref="RunAsync(TimeSpan, string[])"/> reports for a verb that was still running at its bound.</summary>
    public const int StillRunning = -1;

    private readonly List<AirspaceProcess> _runs = [];

    /// <param name="workingDirectory">The folder the user runs the bot in (the data folder is <c>data</c> inside it).</param>
    public JourneyBot(string workingDirectory)
    {
        WorkingDirectory = workingDirectory;
        DataDirectory = Path.Combine(workingDirectory, "data");
    }

    public string WorkingDirectory { get; }

    public string DataDirectory { get; }

    public string Inbox => Path.Combine(DataDirectory, "inbox");

    /// <summary>Environment variables every process gets (<c>Airspace__…</c>).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>The bot process started last (null before the first start).</summary>
    public AirspaceProcess? Current { get; private set; }

    /// <summary>How many times the bot was started.</summary>
    public int Starts { get; private set; }

    /// <summary>The output of every process so far, for failure messages (the tail, so it stays readable).</summary>
    public string Output
    {
        get
        {
            var all = string.Join("\n", _runs.Select((r, i) => $"=== process {i + 1} stdout\n{r.Stdout}=== process {i + 1} stderr\n{r.Stderr}"));
            return all.Length > 12_000 ? all[^12_000..] : all;
        }
    }

    /// <summary>Sets a setting as an environment variable; <paramref name="key"/> may use ':' (<c>Airspace:Telegram:Token</c>).</summary>
    public JourneyBot With(string key, string? value)
    {
        var name = key.Replace(":", "__", StringComparison.Ordinal);
        if (value is null)
        {
            Environment.Remove(name);
        }
        else
        {
            Environment[name] = value;
        }

        return this;
    }

    /// <summary>Loops that poll often so a journey never waits on production intervals, and no bundled demo.</summary>
    public JourneyBot WithFastLoops(bool seed = false)
    {
        foreach (var (key, value) in TestHosts.FastLoops(DataDirectory))
        {
            With(key, value);
        }

        return With("Airspace:Seed:Enabled", seed ? "true" : "false");
    }

    /// <summary>The product's own intervals (for measuring), only without the bundled demo and console input.</summary>
    public JourneyBot WithShippedLoops() => With("Airspace:Seed:Enabled", "false").With("Airspace:Console:ReadCommands", "false");

    /// <summary>The Telegram adapter pointed at <paramref name="fake"/>; <paramref name="scaled"/> paces chats as fast as the scaled fake allows.</summary>
    public JourneyBot WithTelegram(FakeBotApi fake, bool scaled = true)
    {
        With("Airspace:Telegram:Token", fake.Token);
        With("Airspace:Telegram:ApiBaseUrl", fake.BaseUrl);
        With("Airspace:Telegram:PollTimeout", "00:00:01");
        if (scaled)
        {
            foreach (var (key, value) in TelegramTestBot.Settings(DataDirectory, fake).Where(s => s.Key.StartsWith("Airspace:Telegram:", StringComparison.Ordinal)))
            {
                With(key, value);
            }
        }

        return this;
    }

    /// <summary>The Discord adapter (REST and gateway) pointed at <paramref name="fake"/>.</summary>
    public JourneyBot WithDiscord(FakeDiscord fake)
    {
        foreach (var (key, value) in fake.Settings(withGatewayUrl: true))
        {
            With(key, value);
        }

        return this;
    }

    /// <summary><c>airspace run --data …</c> in the background; the previous run must have ended.</summary>
    public AirspaceProcess Start(params string[] extraArgs)
    {
        if (Current is { Process.HasExited: false })
        {
            throw new InvalidOperationException("The bot is already running; kill or interrupt it first.");
        }

        Current = Launch(["run", "--data", DataDirectory, .. extraArgs]);
        Starts++;
        return Current;
    }

    /// <summary><c>kill -9</c>: the process dies at once, in the middle of whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (Current is not { } bot || bot.Process.HasExited)
        {
            return;
        }

        bot.Process.Kill(entireProcessTree: false);
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Ctrl+C (SIGINT) and wait for the exit code (0, even while the bot is still starting).</summary>
    public Task<int> InterruptAsync() =>
        Current is { } bot ? bot.InterruptAsync() : throw new InvalidOperationException("The bot was never started.");

    /// <summary>One CLI verb with <c>--data</c> this bot's folder (appended unless already given), to its end.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunAsync(TimeSpan.FromMinutes(2), args);

    /// <summary>One CLI verb; if it has not ended within <paramref name="bound"/> it is killed and its exit code is <see cref="StillRunning"/>.</summary>
    public async Task<CliResult> RunAsync(TimeSpan bound, params string[] args)
    {
        string[] all = args.Contains("--data") ? args : [.. args, "--data", DataDirectory];
        var verb = Launch(all);
        int exit;
        try
        {
            exit = await verb.WaitForExitAsync(bound);
        }
        catch (OperationCanceledException)
        {
            verb.Process.Kill(entireProcessTree: true);
            exit = StillRunning;
        }

        // Let the asynchronous readers take the last lines.
        verb.Process.WaitForExit();
        return new CliResult(exit, verb.Stdout, verb.Stderr);
    }

    /// <summary>Drops an article file into the inbox as a user does: written elsewhere, then moved in whole.</summary>
    public async Task DropAsync(string fileName, string content)
    {
        Directory.CreateDirectory(Inbox);
        var staging = Path.Combine(WorkingDirectory, "staging-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(staging, content);
        File.Move(staging, Path.Combine(Inbox, fileName));
    }

    public void Dispose()
    {
        foreach (var run in _runs)
        {
            run.Dispose();
        }
    }

    private AirspaceProcess Launch(string[] args)
    {
        var process = new AirspaceProcess(WorkingDirectory, Environment, args);
        _runs.Add(process);
        return process;
    }
}
