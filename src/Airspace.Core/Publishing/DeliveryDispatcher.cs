using Airspace.Core.Articles;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Airspace.Core.Publishing;

/// <summary>
/// Sends due outbox rows through the platform senders. Channels are served in parallel, each channel's deliveries in
/// order; one channel's failure never holds up another's. A delivery is marked sent only with the platform's message id.
/// </summary>
public sealed class DeliveryDispatcher
{
    private const int MarkSentAttempts = 5;

    private readonly IDeliveryStore _deliveries;
    private readonly IArticleStore _articles;
    private readonly ISubscriptionStore _subscriptions;
    private readonly Dictionary<string, IChatSender> _senders;
    private readonly StoreSignals _signals;
    private readonly DispatcherOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DeliveryDispatcher> _logger;

    public DeliveryDispatcher(
        IDeliveryStore deliveries,
        IArticleStore articles,
        ISubscriptionStore subscriptions,
        IEnumerable<IChatSender> senders,
        StoreSignals signals,
        IOptions<DispatcherOptions> options,
        TimeProvider time,
        ILogger<DeliveryDispatcher> logger)
    {
        _deliveries = deliveries;
        _articles = articles;
        _subscriptions = subscriptions;
        _senders = senders.ToDictionary(s => s.Platform, StringComparer.Ordinal);
        _signals = signals;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Claims and sends one batch of due deliveries; returns how many were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var claimed = await _deliveries.ClaimDueAsync(_time.GetUtcNow(), _options.BatchSize, _options.ClaimLease, ct).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var channels = new List<List<Delivery>>();
        foreach (var channel in claimed.GroupBy(d => d.Address))
        {
            var queue = channel.OrderBy(d => d.Id.Value).ToList();
            foreach (var later in queue.Skip(_options.MaxPerChannelPerBatch))
            {
                // Due at creation time, so the channel's order holds when it is claimed again.
                await _deliveries.ReleaseAsync(later.Id, later.CreatedAt, "waiting for the next batch to this channel", ct).ConfigureAwait(false);
            }

            channels.Add(queue.Take(_options.MaxPerChannelPerBatch).ToList());
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(channels, parallel, SendChannelAsync).ConfigureAwait(false);
        return claimed.Count;
    }

    public Task RunAsync(CancellationToken ct) =>
        SignalledLoop.RunAsync("Dispatcher", _signals.Deliveries, IterateAsync, _time, _logger, ct);

    private async Task<TimeSpan> IterateAsync(CancellationToken ct)
    {
        while (await RunOnceAsync(ct).ConfigureAwait(false) >= _options.BatchSize)
        {
        }

        var nextDue = await _deliveries.NextDueAsync(ct).ConfigureAwait(false);
        var untilDue = nextDue is null ? _options.PollInterval : nextDue.Value - _time.GetUtcNow();
        return TimeSpan.FromTicks(Math.Clamp(untilDue.Ticks, TimeSpan.FromMilliseconds(20).Ticks, _options.PollInterval.Ticks));
    }

    private async ValueTask SendChannelAsync(List<Delivery> queue, CancellationToken ct)
    {
        for (var i = 0; i < queue.Count; i++)
        {
            var outcome = await SendOneAsync(queue[i], ct).ConfigureAwait(false);
            if (outcome is SendOutcome.RetryAfter or SendOutcome.ChannelGone)
            {
                // The channel is rate-limited or gone: the rest of its queue waits with it instead of hammering it.
                var dueAt = outcome is SendOutcome.RetryAfter retry ? _time.GetUtcNow() + retry.Delay : _time.GetUtcNow();
                foreach (var later in queue.Skip(i + 1))
                {
                    await _deliveries.ReleaseAsync(later.Id, dueAt, "waiting for an earlier delivery to this channel", CancellationToken.None).ConfigureAwait(false);
                }

                return;
            }
        }
    }

    private async Task<SendOutcome?> SendOneAsync(Delivery delivery, CancellationToken ct)
    {
        var address = delivery.Address.ToString();
        if (!_senders.TryGetValue(delivery.Address.Platform, out var sender))
        {
            await ReleaseAsync(delivery, _options.UnconfiguredPlatformDelay, $"{delivery.Address.Platform} is not configured in this process").ConfigureAwait(false);
            return null;
        }

        var article = await _articles.GetAsync(delivery.ArticleId, ct).ConfigureAwait(false);
        if (article is null)
        {
            await FailAsync(delivery, "the article no longer exists").ConfigureAwait(false);
            return null;
        }

        var post = new Post { DeliveryId = delivery.Id, Address = delivery.Address, Article = article, Kind = delivery.Kind, MessageId = delivery.MessageId };
        SendOutcome outcome;
        try
        {
            outcome = await sender.SendAsync(post, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await _deliveries.ReleaseAsync(delivery.Id, _time.GetUtcNow(), "interrupted by shutdown", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            Log.SenderThrew(_logger, ex, delivery.Id.Value, address);
            outcome = new SendOutcome.TransientFailure(SecretRedactor.Redact(ex.GetType().Name + ": " + ex.Message));
        }

        await RecordAsync(delivery, outcome).ConfigureAwait(false);
        return outcome;
    }

    private async Task RecordAsync(Delivery delivery, SendOutcome outcome)
    {
        // Outcomes are recorded even during shutdown: a sent message must be marked sent, or it would be sent again.
        switch (outcome)
        {
            case SendOutcome.Delivered delivered:
                await MarkSentAsync(delivery, delivered.MessageId).ConfigureAwait(false);
                Log.DeliverySent(_logger, delivery.Id.Value, delivery.ArticleId.Value, delivery.Address.ToString(), delivered.MessageId);
                break;
            case SendOutcome.RetryAfter retry:
                // The platform said when to come back: a wait, not a failure, so it never uses up attempts.
                await ReleaseAsync(delivery, retry.Delay, retry.Reason).ConfigureAwait(false);
                break;
            case SendOutcome.TransientFailure transient when delivery.Attempts < _options.MaxAttempts:
                await RescheduleAsync(delivery, Backoff(delivery.Attempts), transient.Reason).ConfigureAwait(false);
                break;
            case SendOutcome.TransientFailure transient:
                await FailAsync(delivery, $"gave up after {Plural.Count(delivery.Attempts, "attempt")}: {transient.Reason}").ConfigureAwait(false);
                break;
            case SendOutcome.Rejected rejected:
                await FailAsync(delivery, rejected.Reason).ConfigureAwait(false);
                break;
            case SendOutcome.ChannelGone gone:
                await FailAsync(delivery, gone.Reason).ConfigureAwait(false);
                await _subscriptions.DisableAsync(delivery.SubscriptionId, gone.Reason, CancellationToken.None).ConfigureAwait(false);
                Log.SubscriptionDisabled(_logger, delivery.SubscriptionId.Value, delivery.Address.ToString(), gone.Reason);
                break;
        }
    }

    /// <summary>
    /// The message is out: recording it must not fail on a passing database hiccup (a busy file, a full disk for a
    /// moment), or the claim would expire and the alert be posted again.
    /// </summary>
    private async Task MarkSentAsync(Delivery delivery, string messageId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _deliveries.MarkSentAsync(delivery.Id, messageId, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (attempt < MarkSentAttempts && ex is not OperationCanceledException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log.MarkSentFailed(_logger, ex, delivery.Id.Value, delivery.Address.ToString(), messageId);
                throw;
            }
        }
    }

    /// <summary>Exponential: first delay, doubled per attempt, capped.</summary>
    internal TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks((long)Math.Min(_options.MaxRetryDelay.Ticks, _options.FirstRetryDelay.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>A failed attempt: tried again after <paramref name="delay"/>, the attempt counted.</summary>
    private Task RescheduleAsync(Delivery delivery, TimeSpan delay, string reason) =>
        RetryLaterAsync(delivery, delay, reason, countAttempt: true);

    /// <summary>A wait, not a failure: tried again after <paramref name="delay"/>, the attempt given back.</summary>
    private Task ReleaseAsync(Delivery delivery, TimeSpan delay, string reason) =>
        RetryLaterAsync(delivery, delay, reason, countAttempt: false);

    private async Task RetryLaterAsync(Delivery delivery, TimeSpan delay, string reason, bool countAttempt)
    {
        var dueAt = _time.GetUtcNow() + delay;
        await (countAttempt
            ? _deliveries.RescheduleAsync(delivery.Id, dueAt, reason, CancellationToken.None)
            : _deliveries.ReleaseAsync(delivery.Id, dueAt, reason, CancellationToken.None)).ConfigureAwait(false);
        Log.DeliveryRetry(_logger, delivery.Id.Value, delivery.Address.ToString(), dueAt, reason);
    }

    private async Task FailAsync(Delivery delivery, string reason)
    {
        await _deliveries.MarkFailedAsync(delivery.Id, reason, CancellationToken.None).ConfigureAwait(false);
        Log.DeliveryFailed(_logger, delivery.Id.Value, delivery.Address.ToString(), reason);
    }
}
