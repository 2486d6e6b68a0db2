namespace Airspace.Telegram.Startup;

/// <summary>The adapter's own verdict: healthy until a fatal state (token revoked, another poller) stops it.</summary>
internal sealed class TelegramHealth
{
    private volatile string? _failure;

    public string? Failure => _failure;

    public void Fail(string reason) => _failure = reason;
}
