using System.Diagnostics;
using System.Text;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Running;

/// <summary>The real executable with its embedded defaults (bundled samples beside it), as a user starts it.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private sealed class RunningBot : IDisposable
    {
        private readonly StringBuilder _stdout = new();
        private readonly Lock _gate = new();

        public RunningBot(string workingDirectory, string data)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "airspace.dll"));
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(data);
            start.Environment["Airspace__Publisher__PollInterval"] = "00:00:00.2";
            Process = Process.Start(start)!;
            Process.OutputDataReceived += (_, e) =>
            {
                lock (_gate)
                {
                    _stdout.AppendLine(e.Data);
                }
            };
            Process.ErrorDataReceived += (_, _) => { };
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Stdout
        {
            get
            {
                lock (_gate)
                {
                    return _stdout.ToString();
                }
            }
        }

        public async Task<int> InterruptAsync()
        {
            using (var kill = Process.Start("kill", ["-INT", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await Process.WaitForExitAsync(bound.Token);
            return Process.ExitCode;
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }

    [Fact]
    public async Task Run_DefaultSamples_PostsSeedSummaryAndStopsCleanlyOnCtrlC()
    {
        using var bot = new RunningBot(_temp.Path, _temp.Combine("data"));

        Assert.True(await Eventually.WaitUntilAsync(() => bot.Stdout.Contains("✈ " + Samples.SeedTitleStart, StringComparison.Ordinal), TimeSpan.FromSeconds(60)), bot.Stdout);
        Assert.Equal(0, await bot.InterruptAsync());
        Assert.Equal(1, Eventually.Count(bot.Stdout, "✈ "));
    }

    [Fact]
    public async Task Run_KilledAfterPostingThenRestarted_DoesNotPostAgain()
    {
        var data = _temp.Combine("data");
        using (var first = new RunningBot(_temp.Path, data))
        {
            Assert.True(await Eventually.WaitUntilAsync(() => first.Stdout.Contains("✈ ", StringComparison.Ordinal), TimeSpan.FromSeconds(60)));
            await Task.Delay(500);
            first.Process.Kill(entireProcessTree: true);
            await first.Process.WaitForExitAsync();
        }

        var heartbeat = Path.Combine(data, "heartbeat");
        var killedAt = File.GetLastWriteTimeUtc(heartbeat);
        using var second = new RunningBot(_temp.Path, data);
        Assert.True(await Eventually.WaitUntilAsync(() => File.GetLastWriteTimeUtc(heartbeat) > killedAt, TimeSpan.FromSeconds(60)));
        // Give the publisher and dispatcher several poll cycles; there must be nothing to send.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(0, await second.InterruptAsync());
        Assert.DoesNotContain("✈ ", second.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
