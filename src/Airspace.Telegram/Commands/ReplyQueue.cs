using Microsoft.Extensions.Hosting;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Replies waiting for their chat's turn, one queue per chat (in order), so an update is done once its reply is
/// queued: a group's pacing (20 a minute) holds up that group's replies only, never the update loop or other chats.
/// Queuing never waits: a chat holds at most <see cref="MaxPerChat"/> waiting replies (about as many as its pacing
/// sends before a reply's <see cref="MaxWait"/> runs out); one more is dropped and logged, since it would expire unsent anyway.
/// </summary>
internal sealed class ReplyQueue : IHostedService
{
    /// <summary>How long a reply waits for its chat's turn before it is given up.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private const int MinPerChat = 10;
    private const int MaxPerChatCeiling = 100;

    private readonly ChatLanes _lanes;
    private readonly ILogger<ReplyQueue> _logger;

    public ReplyQueue(IOptions<TelegramOptions> settings, TelegramClients clients, ILogger<ReplyQueue> logger)
    {
        var options = settings.Value;
        // A reply's wait over a group's pacing (30 s / 3 s = 10 with the defaults): the replies that can still go out.
        MaxPerChat = options.GroupChatInterval <= TimeSpan.Zero
            ? MaxPerChatCeiling
            : (int)Math.Clamp(Math.Ceiling(MaxWait / options.GroupChatInterval), MinPerChat, MaxPerChatCeiling);
        _logger = logger;
        _lanes = new("reply", concurrency: null, clients.Redactor, logger, MaxPerChat);
    }

    /// <summary>Replies one chat may have waiting.</summary>
    public int MaxPerChat { get; }

    /// <summary>Queues <paramref name="send"/> behind the chat's earlier replies, or drops it (logged) when the chat's queue is full.</summary>
    public void Post(long chatId, Func<CancellationToken, Task> send)
    {
        if (!_lanes.TryPost(chatId, send))
        {
            TelegramLog.ReplyDropped(_logger, chatId, MaxPerChat);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _lanes.StopAsync();
}
