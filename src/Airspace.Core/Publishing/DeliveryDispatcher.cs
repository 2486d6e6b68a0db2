using System.Collections.Concurrent;

namespace Airspace.Core.Publishing;

/// <summary>
/// Sends due outbox rows through the platform senders. Each platform, and each Discord webhook, is a lane of its own
/// (<see cref="DispatchLane"/>): lanes claim and send independently, so a slow or rate-limited platform never delays
/// another. Within a lane, channels are served in parallel, each channel's deliveries in order; one channel's failure
/// never holds up another's. A delivery is marked sent only with the platform's message id.
/// With <see cref="DispatchLaneRoles"/>, a platform's lanes run only while this process holds the platform's dispatch
/// role, so replicas sharing a bot token never spend its rate budget twice.
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
    private readonly Backoff _backoff;
    private readonly IJitterSource _jitter;
    private readonly TimeProvider _time;
    private readonly ILogger<DeliveryDispatcher> _logger;
    private readonly DispatchLaneRoles? _laneRoles;
    private readonly Lock _gate = new();
    private readonly Dictionary<DispatchLane, Task> _running = [];

    /// <summary>Deliveries the platform accepted whose sent mark could not be stored: recorded, not sent, when claimed again.</summary>
    private readonly ConcurrentDictionary<DeliveryId, string> _unrecorded = new();
    private bool _deadClaimsReleased;

    public DeliveryDispatcher(
        IDeliveryStore deliveries,
        IArticleStore articles,
        ISubscriptionStore subscriptions,
        IEnumerable<IChatSender> senders,
        StoreSignals signals,
        IOptions<DispatcherOptions> options,
        IJitterSource jitter,
        TimeProvider time,
        ILogger<DeliveryDispatcher> logger,
        DispatchLaneRoles? laneRoles = null)
    {
        _deliveries = deliveries;
        _articles = articles;
        _subscriptions = subscriptions;
        _senders = senders.ToDictionary(s => s.Platform, StringComparer.Ordinal);
        _signals = signals;
        _options = options.Value;
        _backoff = new Backoff(_options.FirstRetryDelay, _options.MaxRetryDelay, jitter);
        _jitter = jitter;
        _time = time;
        _logger = logger;
        _laneRoles = laneRoles;
    }

    /// <summary>Who holds this dispatcher's claims: unique per process start, so a restart tells its claims from a dead predecessor's.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// Gives back the claims of every other owner. With the embedded store one process owns a data folder (the run
    /// lock), so any other owner's claim was left by a process that died: its deliveries are due again at once, in
    /// order, their attempts untouched, instead of waiting out the lease.
    /// </summary>
    public async Task<int> ReleaseDeadClaimsAsync(CancellationToken ct)
    {
        var released = await _deliveries.ReleaseClaimsAsync([Owner], ct).ConfigureAwait(false);
        if (released > 0)
        {
            CoreLog.DeadClaimsReleased(_logger, released);
        }

        return released;
    }

    /// <summary>Claims and sends one batch in every lane with due deliveries, lanes in parallel; returns how many were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var lanes = await DueLanesAsync(_time.GetUtcNow(), ct).ConfigureAwait(false);
        var held = lanes.Select(lane => (Lane: lane, Held: TryHold(lane, out var token), Token: token)).Where(l => l.Held);
        var claimed = await Task.WhenAll(held.Select(l => RunLaneOnceAsync(l.Lane, l.Token, ct))).ConfigureAwait(false);
        return claimed.Sum();
    }

    /// <summary>Releases dead owners' claims, then dispatches until cancelled, each lane in a loop of its own.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await SignalledLoop.RunAsync("Dispatcher", _signals.Deliveries, IterateAsync, _time, _logger, ct, _jitter).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            // Lanes stop on the same token; each gives back what it had in hand.
            Task[] lanes;
            lock (_gate)
            {
                lanes = [.. _running.Values];
            }

            await Task.WhenAll(lanes).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The supervisor: starts a loop for each lane with due work and none running, then sleeps until the next due
    /// time. A running lane keeps claiming until it has nothing due and then signals, so the supervisor need not poll it.
    /// </summary>
    private async Task<TimeSpan> IterateAsync(CancellationToken ct)
    {
        if (!_deadClaimsReleased)
        {
            // In the loop, so a busy store at start-up is retried with the loop's back-off instead of stopping the bot.
            await ReleaseDeadClaimsAsync(ct).ConfigureAwait(false);
            _deadClaimsReleased = true;
        }

        var now = _time.GetUtcNow();
        foreach (var lane in await DueLanesAsync(now, ct).ConfigureAwait(false))
        {
            if (!TryHold(lane, out var held))
            {
                continue; // another process holds the platform's dispatch role
            }

            lock (_gate)
            {
                // Under the lock, so the lane cannot remove itself before it is recorded.
                if (!_running.ContainsKey(lane))
                {
                    _running[lane] = Task.Run(() => RunLaneAsync(lane, held, ct), CancellationToken.None);
                }
            }
        }

        var nextDue = await _deliveries.NextDueAsync(ct).ConfigureAwait(false);
        if (nextDue is null || nextDue <= now)
        {
            // Everything due now is in a running lane, which signals when it is done.
            return _options.PollInterval;
        }

        var untilDue = nextDue.Value - _time.GetUtcNow();
        return TimeSpan.FromTicks(Math.Clamp(untilDue.Ticks, TimeSpan.FromMilliseconds(20).Ticks, _options.PollInterval.Ticks));
    }

    /// <summary>
    /// One lane's loop: batch after batch until nothing of it is due, or until <paramref name="held"/> says this process
    /// lost the lane's role; then it hands back to the supervisor.
    /// </summary>
    private async Task RunLaneAsync(DispatchLane lane, CancellationToken held, CancellationToken ct)
    {
        var finished = false;
        try
        {
            while (!held.IsCancellationRequested && await RunLaneOnceAsync(lane, held, ct).ConfigureAwait(false) > 0)
            {
            }

            finished = true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Not signalled: the supervisor restarts the lane at its next poll, which backs a failing store off.
            CoreLog.LaneFailed(_logger, ex, lane.Key);
        }
        finally
        {
            lock (_gate)
            {
                _running.Remove(lane);
            }
        }

        if (finished)
        {
            // Work that arrived while the lane was finishing is picked up at once.
            _signals.Deliveries.Notify();
        }
    }

    private async Task<IReadOnlyList<DispatchLane>> DueLanesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var channels = await _deliveries.DueChannelsAsync(now, ct).ConfigureAwait(false);
        return [.. channels.Select(DispatchLane.For).Distinct()];
    }

    /// <summary>
    /// Whether this process may run <paramref name="lane"/>: always without lane roles or when the platform is not gated;
    /// for a platform with no sender here, only on a store no replica shares (its deliveries are released with a note,
    /// as before) — replicas leave it to the one with the platform's token; else while it holds the platform's dispatch
    /// role.
    /// </summary>
    private bool TryHold(DispatchLane lane, out CancellationToken held)
    {
        held = CancellationToken.None;
        if (_laneRoles is null)
        {
            return true;
        }

        return _senders.ContainsKey(lane.Platform) ? _laneRoles.TryHold(lane.Platform, out held) : !_laneRoles.Replicated;
    }

    private async Task<int> RunLaneOnceAsync(DispatchLane lane, CancellationToken held, CancellationToken ct)
    {
        var claim = new DeliveryClaim { Owner = Owner, Lane = lane, Now = _time.GetUtcNow(), Max = _options.BatchSize, Lease = _options.ClaimLease };
        var claimed = await _deliveries.ClaimDueAsync(claim, ct).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return 0;
        }

        try
        {
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

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.ConcurrencyOf(lane), CancellationToken = ct };
            await Parallel.ForEachAsync(channels, parallel, (queue, token) => SendChannelAsync(queue, held, token)).ConfigureAwait(false);
            return claimed.Count;
        }
        catch
        {
            await GiveBackAsync(claimed).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A failed batch (a busy store, a sent mark that could not be stored) gives back what it still holds at once,
    /// due at creation time, instead of leaving it claimed for the lease and the channel out of order. Best effort:
    /// if the store still refuses, the lease ends the claims as before.
    /// </summary>
    /// <remarks>
    /// A delivery the platform accepted but whose sent mark failed is given back too: when this process claims it
    /// again it is marked sent with the remembered message id, never sent again. Only a restart before that forgets
    /// it, and then it is posted twice (Discord drops the repeat by its nonce within a few minutes; Telegram has no
    /// such key) — the price of never losing an alert when the database hiccups just after a send.
    /// </remarks>
    private async Task GiveBackAsync(IReadOnlyList<Delivery> claimed)
    {
        try
        {
            var given = await _deliveries.GiveBackAsync(Owner, [.. claimed.Select(d => d.Id)], CancellationToken.None).ConfigureAwait(false);
            if (given > 0)
            {
                CoreLog.ClaimsGivenBack(_logger, given);
            }
        }
        catch (Exception ex)
        {
            CoreLog.GiveBackFailed(_logger, ex, claimed.Count);
        }
    }

    /// <remarks>
    /// A lost role (<paramref name="held"/>) stops the channel between two sends, never in the middle of one (a send cut
    /// off may have reached the platform and would be posted twice): the rest goes back, due at creation time, in order,
    /// for the role's new holder.
    /// </remarks>
    private async ValueTask SendChannelAsync(List<Delivery> queue, CancellationToken held, CancellationToken ct)
    {
        for (var i = 0; i < queue.Count; i++)
        {
            if (held.IsCancellationRequested)
            {
                await GiveBackAsync(queue[i..]).ConfigureAwait(false);
                return;
            }

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
        if (!_senders.TryGetValue(delivery.Address.Platform, out var sender))
        {
            await ReleaseAsync(delivery, _options.UnconfiguredPlatformDelay, $"{delivery.Address.Platform} is not configured in this process").ConfigureAwait(false);
            return null;
        }

        if (_unrecorded.TryGetValue(delivery.Id, out var sentAs))
        {
            // Already posted by this process; only the sent mark was lost.
            var sent = new SendOutcome.Delivered(sentAs);
            await RecordAsync(delivery, sent).ConfigureAwait(false);
            return sent;
        }

        var post = await PostOfAsync(delivery, ct).ConfigureAwait(false);
        if (post is null)
        {
            await FailAsync(delivery, delivery.Kind == DeliveryKind.Digest ? "the digest's articles no longer exist" : "the article no longer exists").ConfigureAwait(false);
            return null;
        }

        var outcome = await CallSenderAsync(sender, post, delivery, ct).ConfigureAwait(false);
        while (outcome is SendOutcome.PartSent part)
        {
            // Stored before the next part goes out, so a restart or a retry never posts a part twice; each part also
            // extends the claim, and a claim lost (lease ended, another process took the row) stops this process.
            var leaseEnd = _time.GetUtcNow() + _options.ClaimLease;
            if (!await _deliveries.RecordPartsAsync(delivery.Id, part.MessageIds, Owner, leaseEnd, CancellationToken.None).ConfigureAwait(false))
            {
                CoreLog.DigestClaimLost(_logger, delivery.Id.Value, delivery.Address.ToString());
                return null;
            }

            delivery = delivery with { MessageId = part.MessageIds };
            post = post with { MessageId = part.MessageIds };
            outcome = await CallSenderAsync(sender, post, delivery, ct).ConfigureAwait(false);
        }

        await RecordAsync(delivery, outcome).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>The post to send: the article (latest version), or for a digest every article it lists, in order.</summary>
    private async Task<Post?> PostOfAsync(Delivery delivery, CancellationToken ct)
    {
        IReadOnlyList<Article> digest = [];
        IReadOnlyList<ArticleId> digestPlan = [];
        Article? article;
        if (delivery.Kind == DeliveryKind.Digest)
        {
            var ids = await _deliveries.DigestArticlesAsync(delivery.Id, ct).ConfigureAwait(false);
            digestPlan = ids;
            var found = (await _articles.GetManyAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.Id);
            digest = [.. ids.Where(found.ContainsKey).Select(id => found[id])];
            article = digest.FirstOrDefault();
        }
        else
        {
            article = await _articles.GetAsync(delivery.ArticleId, ct).ConfigureAwait(false);
        }

        // The alert's labels in the subscription's language (its own, else Airspace:Chat:Language in the sender).
        var language = article is null ? null : (await _subscriptions.GetAsync(delivery.SubscriptionId, ct).ConfigureAwait(false))?.Language;
        return article is null ? null
            : new Post { DeliveryId = delivery.Id, Address = delivery.Address, Article = article, Kind = delivery.Kind, MessageId = delivery.MessageId, Digest = digest, Language = language, DigestPlan = digestPlan };
    }

    private async Task<SendOutcome> CallSenderAsync(IChatSender sender, Post post, Delivery delivery, CancellationToken ct)
    {
        try
        {
            return await sender.SendAsync(post, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A shutdown is not a failure. Due at creation time, so the channel's order holds at the next start.
            await _deliveries.ReleaseAsync(delivery.Id, delivery.CreatedAt, "interrupted by shutdown", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            CoreLog.SenderThrew(_logger, ex, delivery.Id.Value, delivery.Address.ToString());
            return new SendOutcome.TransientFailure(SecretRedactor.Redact(ex.GetType().Name + ": " + ex.Message));
        }
    }

    private async Task RecordAsync(Delivery delivery, SendOutcome outcome)
    {
        // Outcomes are recorded even during shutdown: a sent message must be marked sent, or it would be sent again.
        switch (outcome)
        {
            case SendOutcome.Delivered delivered:
                await MarkSentAsync(delivery, delivered.MessageId).ConfigureAwait(false);
                CoreLog.DeliverySent(_logger, delivery.Id.Value, delivery.ArticleId.Value, delivery.Address.ToString(), delivered.MessageId);
                AirspaceMetrics.DeliverySent(delivery.Address.Platform, _time.GetUtcNow() - delivery.CreatedAt);
                break;
            case SendOutcome.RetryAfter retry:
                // The platform said when to come back: a wait, not a failure, so it never uses up attempts.
                await ReleaseAsync(delivery, retry.Delay, retry.Reason).ConfigureAwait(false);
                break;
            // The platform answered with a failure, or may have received the request: this attempt counts, and the
            // next waits FirstRetryDelay doubled per attempt, jittered, at most MaxRetryDelay (Backoff).
            case SendOutcome.TransientFailure transient when delivery.Attempts + 1 < _options.MaxAttempts:
                AirspaceMetrics.DeliveryRetried(delivery.Address.Platform);
                await RescheduleAsync(delivery, _backoff.Delay(delivery.Attempts + 1), transient.Reason).ConfigureAwait(false);
                break;
            case SendOutcome.TransientFailure transient:
                await FailAsync(delivery, $"gave up after {Plural.Count(delivery.Attempts + 1, "attempt")}: {transient.Reason}").ConfigureAwait(false);
                break;
            case SendOutcome.Rejected rejected:
                await FailAsync(delivery, rejected.Reason).ConfigureAwait(false);
                break;
            case SendOutcome.ChannelGone gone:
                await FailAsync(delivery, gone.Reason).ConfigureAwait(false);
                await _subscriptions.DisableAsync(delivery.SubscriptionId, gone.Reason, CancellationToken.None).ConfigureAwait(false);
                CoreLog.SubscriptionDisabled(_logger, delivery.SubscriptionId.Value, delivery.Address.ToString(), gone.Reason);
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
                _unrecorded.TryRemove(delivery.Id, out _);
                return;
            }
            catch (Exception ex) when (attempt < MarkSentAttempts && ex is not OperationCanceledException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                CoreLog.MarkSentFailed(_logger, ex, delivery.Id.Value, delivery.Address.ToString(), messageId);
                _unrecorded[delivery.Id] = messageId;
                throw;
            }
        }
    }

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
        CoreLog.DeliveryRetry(_logger, delivery.Id.Value, delivery.Address.ToString(), dueAt, reason);
    }

    private async Task FailAsync(Delivery delivery, string reason)
    {
        await _deliveries.MarkFailedAsync(delivery.Id, reason, CancellationToken.None).ConfigureAwait(false);
        AirspaceMetrics.DeliveryFailed(delivery.Address.Platform);
        CoreLog.DeliveryFailed(_logger, delivery.Id.Value, delivery.Address.ToString(), reason);
    }
}
