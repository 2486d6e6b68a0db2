using Microsoft.Extensions.Hosting;

namespace Airspace.Telegram.Startup;

/// <summary>
/// Connects at start-up so a bad token stops <c>airspace run</c> at once with one sentence. If Telegram is merely
/// unreachable, start-up goes on and the update loop keeps trying.
/// </summary>
internal sealed class TelegramStartupService(TelegramSession session) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await session.TryConnectAsync(cancellationToken).ConfigureAwait(false);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
