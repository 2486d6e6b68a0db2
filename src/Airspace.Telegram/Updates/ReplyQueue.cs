using Airspace.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Airspace.Telegram.Updates;

/// <summary>
/// Replies waiting for their chat's turn, one queue per chat (in order), so an update is done once its reply is
/// queued: a group's pacing (20 a minute) holds up that group's replies only, never the update loop or other chats.
/// Queuing never waits: a chat holds at most <see cref="MaxPerChat"/> waiting replies (about as many as its pacing
/// sends before a reply's 30 s wait runs out); one more is dropped and logged, since it would expire unsent anyway.
/// </summary>
internal sealed class ReplyQueue(TelegramClients clients, ILogger<ReplyQueue> logger) : IHostedService
{
    /// <summary>Replies one chat may have waiting: a reply's 30 s wait over a group's 3 s pacing.</summary>
    public const int MaxPerChat = 10;

    private readonly ChatLanes _lanes = new("reply", concurrency: null, clients.Redactor, logger, MaxPerChat);

    /// <summary>Queues <paramref name="send"/> behind the chat's earlier replies, or drops it (logged) when the chat's queue is full.</summary>
    public void Post(long chatId, Func<CancellationToken, Task> send)
    {
        if (!_lanes.TryPost(chatId, send))
        {
            Log.ReplyDropped(logger, chatId, MaxPerChat);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _lanes.StopAsync();
}
