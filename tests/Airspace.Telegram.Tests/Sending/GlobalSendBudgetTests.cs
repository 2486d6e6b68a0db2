using Airspace.Telegram.Sending;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Telegram.Tests.Sending;

public sealed class GlobalSendBudgetTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AcquireAsync_BurstOfFourTimesTheRate_NeverMoreThanTheRateInAnyOneSecondWindow()
    {
        var budget = new GlobalSendBudget(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = 25 }), _time);
        var start = _time.GetUtcNow();

        var sends = Run(Enumerable.Range(0, 100).Select(_ => budget.AcquireAsync(SendPriority.Alert, default)).ToArray(), answerAfter: TimeSpan.FromMilliseconds(30));

        Assert.Equal(100, sends.Count);
        Assert.Equal(25, sends.Count(s => s.Start == start));
        var ordered = sends.OrderBy(s => s.Start).ToList();
        for (var i = 25; i < ordered.Count; i++)
        {
            // Whenever the server saw them, the 26th send since any other starts a second after that one's answer.
            Assert.True(ordered[i].Start - ordered[i - 25].End >= TimeSpan.FromSeconds(1), $"send {i} started {ordered[i].Start - start}, send {i - 25} answered {ordered[i - 25].End - start}");
        }
    }

    [Fact]
    public async Task AcquireAsync_ReplyQueuedBehindAlerts_GetsTheNextFreeSlot()
    {
        var budget = new GlobalSendBudget(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = 5 }), _time);
        var first = Enumerable.Range(0, 5).Select(_ => budget.AcquireAsync(SendPriority.Alert, default)).ToArray();
        var alerts = Enumerable.Range(0, 10).Select(_ => budget.AcquireAsync(SendPriority.Alert, default)).ToArray();

        var reply = budget.AcquireAsync(SendPriority.Reply, default);
        foreach (var slot in await Task.WhenAll(first))
        {
            slot.Dispose();
        }

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(reply.IsCompletedSuccessfully);
        Assert.Equal(4, alerts.Count(t => t.IsCompleted));
        Assert.False(alerts[4].IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_SlotStillInFlight_NextWaitsForItsAnswerPlusOneSecond()
    {
        var budget = new GlobalSendBudget(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = 1 }), _time);
        var slow = await budget.AcquireAsync(SendPriority.Alert, default);
        var next = budget.AcquireAsync(SendPriority.Alert, default);

        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.False(next.IsCompleted);
        slow.Dispose();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_GivesItsTurnToTheNext()
    {
        var budget = new GlobalSendBudget(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = 1 }), _time);
        (await budget.AcquireAsync(SendPriority.Alert, default)).Dispose();
        using var cancel = new CancellationTokenSource();
        var abandoned = budget.AcquireAsync(SendPriority.Alert, cancel.Token);
        var next = budget.AcquireAsync(SendPriority.Alert, default);

        cancel.Cancel();
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(abandoned.IsCanceled);
        Assert.True(next.IsCompletedSuccessfully);
    }

    /// <summary>Advances the clock in small steps; each granted send is answered <paramref name="answerAfter"/> later.</summary>
    private List<(DateTimeOffset Start, DateTimeOffset End)> Run(Task<GlobalSendBudget.Slot>[] acquisitions, TimeSpan answerAfter)
    {
        var started = new DateTimeOffset?[acquisitions.Length];
        var answered = new bool[acquisitions.Length];
        var sends = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromSeconds(10) && sends.Count < acquisitions.Length; elapsed += Step)
        {
            var now = _time.GetUtcNow();
            for (var i = 0; i < acquisitions.Length; i++)
            {
                if (started[i] is null && acquisitions[i].IsCompletedSuccessfully)
                {
                    started[i] = now;
                }

                if (started[i] is { } start && !answered[i] && start + answerAfter <= now)
                {
                    answered[i] = true;
                    acquisitions[i].Result.Dispose();
                    sends.Add((start, now));
                }
            }

            _time.Advance(Step);
        }

        return sends;
    }
}
