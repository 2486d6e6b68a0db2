using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Telegram.Api;
using Airspace.Telegram.Health;
using Airspace.Telegram.Startup;
using Airspace.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Polling;

/// <summary>
/// Long polling. The last handled update id is persisted (a named store cursor) <em>before</em> the update is
/// handled and sent back as the offset, so after a restart or crash no update is ever handled twice (an update cut
/// off mid-handling by a crash is dropped: the user can repeat a command, but not unsend a double reply).
/// Telegram keeps updates for 24 hours and picks a random new id sequence after a week without updates, so once the
/// last handled update is older than that, polling starts from the head (offset 0) and nothing counts as a repeat.
/// 401 (token revoked) and 409 (another poller, or a webhook) stop polling loudly: an error log and a failed health check.
/// </summary>
internal sealed class UpdatePoller(
    TelegramClients clients,
    TelegramSession session,
    UpdateScheduler scheduler,
    IArticleStore store,
    TelegramHealth health,
    TelegramOptions options,
    TimeProvider time,
    ILogger<UpdatePoller> logger)
{
    /// <summary>Telegram drops updates nobody fetched after this long, so an older position is worth nothing.</summary>
    public static readonly TimeSpan UpdateLifetime = TimeSpan.FromHours(24);

    private const int BatchLimit = 100;
    private static readonly TimeSpan MaxErrorDelay = TimeSpan.FromMinutes(1);

    public static string CursorName(long botId) => "telegram:updates:" + botId.ToString(CultureInfo.InvariantCulture);

    /// <summary>When the update at <see cref="CursorName"/> was handled (Unix seconds).</summary>
    public static string CursorTimeName(long botId) => "telegram:updates-at:" + botId.ToString(CultureInfo.InvariantCulture);

    public async Task RunAsync(CancellationToken ct)
    {
        if (!await session.EnsureConnectedAsync(ct).ConfigureAwait(false))
        {
            return;
        }

        var botId = session.Identity!.Id;
        var failures = 0;
        Position? last = null;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                last ??= new Position(
                    await store.GetCursorAsync(CursorName(botId), ct).ConfigureAwait(false),
                    DateTimeOffset.FromUnixTimeSeconds(await store.GetCursorAsync(CursorTimeName(botId), ct).ConfigureAwait(false)));
                var current = Fresh(last.Value) ? last.Value : new Position(0, DateTimeOffset.UnixEpoch);
                var updates = await clients.Polling.GetUpdates(
                    current.Id > 0 ? (int)(current.Id + 1) : 0, BatchLimit, (int)options.PollTimeout.TotalSeconds, TelegramSession.AllowedUpdates, ct).ConfigureAwait(false);
                failures = 0;
                last = await HandleAsync(updates, botId, current, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var failure = BotFailure.From(ex, clients.Redactor);
                if (failure.Kind is BotFailureKind.BadToken or BotFailureKind.Conflict)
                {
                    var sentence = failure.Kind == BotFailureKind.BadToken
                        ? $"Telegram polling stopped: the Bot API refused Airspace:Telegram:Token ({failure.Description}); copy the token from BotFather again and restart."
                        : $"Telegram polling stopped: another process is polling with this bot token, or a webhook is set ({failure.Description}); run one instance only and restart.";
                    health.Fail(sentence);
                    Log.Stopped(logger, sentence);
                    return;
                }

                // Network and server trouble, or the store being busy: back off and poll again (the offset is unchanged).
                failures++;
                var delay = TimeSpan.FromTicks(Math.Min(MaxErrorDelay.Ticks, options.PollErrorDelay.Ticks * (1L << Math.Min(failures - 1, 10))));
                Log.PollFailed(logger, delay, failure.Description);
                await Task.Delay(delay, time, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Queues a batch in order (handled concurrently across chats, in order within one); returns the position of the last update handled (or skipped as a repeat).</summary>
    private async Task<Position> HandleAsync(Update[] updates, long botId, Position last, CancellationToken ct)
    {
        foreach (var update in updates)
        {
            if (update.Id <= last.Id)
            {
                Log.DuplicateUpdate(logger, update.Id);
                continue;
            }

            // Persisted before handling: at most once, never twice.
            last = new Position(update.Id, time.GetUtcNow());
            await store.SetCursorAsync(CursorName(botId), last.Id, CancellationToken.None).ConfigureAwait(false);
            await store.SetCursorAsync(CursorTimeName(botId), last.At.ToUnixTimeSeconds(), CancellationToken.None).ConfigureAwait(false);
            await scheduler.EnqueueAsync(update, ct).ConfigureAwait(false);
        }

        return last;
    }

    private bool Fresh(Position position) => position.Id > 0 && time.GetUtcNow() - position.At < UpdateLifetime;

    private readonly record struct Position(long Id, DateTimeOffset At);
}
