using Airspace.Discord.Commands;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Airspace.Discord.Tests.Interactions;

/// <summary>Interactions answered in the background (gateway and HTTP): a failure is logged, shutdown waits for the work.</summary>
public sealed class InteractionWorkTests : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly LoggerFactory _loggers;
    private readonly InteractionWork _work;

    public InteractionWorkTests()
    {
        _loggers = new LoggerFactory([_logs]);
        _work = new InteractionWork(_loggers.CreateLogger<InteractionWork>());
    }

    public void Dispose() => _loggers.Dispose();

    [Fact]
    public async Task Run_WorkThrows_TheExceptionIsLoggedWithTheInteraction()
    {
        _work.Run("9001", "search", _ => Task.CompletedTask, _ => throw new InvalidOperationException("index is locked"));

        await _work.StopAsync(CancellationToken.None);

        var entry = Assert.Single(_logs.Entries, e => e.Text.Contains("9001", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("search", entry.Text, StringComparison.Ordinal);
        Assert.Contains("index is locked", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_WorkInFlight_WaitsForItToFinish()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = false;
        _work.Run("9002", "latest", _ => Task.CompletedTask, async _ =>
        {
            started.SetResult();
            await release.Task;
            finished = true;
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stop = _work.StopAsync(CancellationToken.None);
        Assert.False(stop.IsCompleted);
        Assert.True(_work.IsStopping);

        release.SetResult();
        await stop.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(finished);
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeoutRunsOut_CancelsTheWorkAndWaitsForItToEnd()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = false;
        _work.Run("9003", "summary", _ => Task.CompletedTask, async ct =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                cancelled = ct.IsCancellationRequested;
            }
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await _work.StopAsync(new CancellationToken(canceled: true)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(cancelled);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
