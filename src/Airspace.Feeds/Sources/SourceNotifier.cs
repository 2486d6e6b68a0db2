using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;

namespace Airspace.Feeds.Sources;

/// <summary>
/// Tells subscribed channels once that a source is unhealthy. The notice is a synthetic post sent straight through
/// the platform's <see cref="IChatSender"/>, not an article: it must not enter the archive, search or /latest, and
/// the outbox only carries articles. A claim row per (source, failure episode, channel) makes it one notice per
/// episode however many polls fail; a send that does not go through releases its claim and is retried on the next
/// failed poll.
/// </summary>
public sealed class SourceNotifier(
    ISubscriptionStore subscriptions,
    ISourceStateStore states,
    IEnumerable<IChatSender> senders,
    IOptions<FeedsOptions> options,
    TimeProvider time,
    ILogger<SourceNotifier> logger)
{
    public async Task EnsureNoticesAsync(SourceDefinition source, SourceState state, CancellationToken ct)
    {
        if (!options.Value.NotifyChannels || state.Health != SourceHealth.Unhealthy || state.UnhealthySince is not { } episode)
        {
            return;
        }

        var byPlatform = senders.GroupBy(s => s.Platform, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var subscription in await subscriptions.ListAsync(ct).ConfigureAwait(false))
        {
            if (!subscription.Enabled || !byPlatform.TryGetValue(subscription.Address.Platform, out var sender))
            {
                continue;
            }

            var address = subscription.Address.ToString();
            if (!await states.TryClaimNoticeAsync(source.Name, episode, address, ct).ConfigureAwait(false))
            {
                continue;
            }

            SendOutcome outcome;
            try
            {
                outcome = await sender.SendAsync(Notice(source, state, subscription, episode), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                outcome = new SendOutcome.TransientFailure(ex.Message);
            }

            if (outcome is SendOutcome.Delivered)
            {
                FeedsLog.NoticeSent(logger, address, source.Name);
            }
            else
            {
                await states.ReleaseNoticeAsync(source.Name, episode, address, CancellationToken.None).ConfigureAwait(false);
                FeedsLog.NoticeFailed(logger, address, source.Name, outcome.ToString());
            }
        }
    }

    private Post Notice(SourceDefinition source, SourceState state, Subscription subscription, DateTimeOffset episode)
    {
        var now = time.GetUtcNow();
        // Everyone in the channel reads this: no error text (it may name internal hosts and paths); operators see it in /sources.
        var text = $"Airspace could not read the source \"{source.Name}\" {state.ConsecutiveFailures} times in a row. " +
            "New articles from it will arrive late; it keeps being retried, and /sources shows its status (the error itself to operators).";
        return new Post
        {
            // Negative ids never collide with outbox rows; platform idempotency keys derived from it stay unique per episode.
            DeliveryId = new DeliveryId(-((episode.ToUnixTimeMilliseconds() * 1000) + (source.Name.ToLowerInvariant().GetStableHash() % 1000))),
            Address = subscription.Address,
            Kind = DeliveryKind.Post,
            Article = new Article
            {
                Id = new ArticleId(0),
                Source = "airspace",
                Title = $"Source \"{source.Name}\" is failing",
                Body = text,
                Summary = text,
                Language = "en",
                Published = now,
                ContentHash = "",
                SummarizerVersion = "notice",
                IngestedAt = now,
            },
        };
    }
}
