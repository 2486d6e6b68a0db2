namespace Airspace.Telegram.Startup;

/// <summary>
/// Connects before the host starts so a bad token stops <c>airspace run</c> at once with one sentence. If Telegram is
/// merely unreachable, start-up goes on and the update loop keeps trying.
/// </summary>
internal sealed class TelegramStartupService(TelegramSession session) : IPlatformStartupCheck
{
    public async Task CheckAsync(CancellationToken ct) =>
        await session.TryConnectAsync(ct).ConfigureAwait(false);
}
