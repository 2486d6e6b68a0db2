using Airspace.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Airspace.Telegram.Updates;

/// <summary>
/// Replies waiting for their chat's turn, one queue per chat (in order), so an update is done once its reply is
/// queued: a group's pacing (20 a minute) holds up that group's replies only, never the update loop or other chats.
/// </summary>
internal sealed class ReplyQueue(TelegramClients clients, ILogger<ReplyQueue> logger) : IHostedService
{
    private readonly ChatLanes _lanes = new("reply", concurrency: null, clients.Redactor, logger);

    public Task PostAsync(long chatId, Func<CancellationToken, Task> send, CancellationToken ct) => _lanes.PostAsync(chatId, send, ct);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _lanes.StopAsync();
}
