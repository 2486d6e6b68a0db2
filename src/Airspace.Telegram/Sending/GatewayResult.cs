using Airspace.Telegram.Api;

namespace Airspace.Telegram.Sending;

/// <summary>What happened to one send or edit through the <see cref="MessageGateway"/>.</summary>
internal abstract record GatewayResult
{
    private GatewayResult() { }

    /// <summary>Sent (or edited, or already as wanted); <paramref name="AsPlainText"/> when the HTML was refused and plain text went instead.</summary>
    public sealed record Sent(int MessageId, bool AsPlainText) : GatewayResult;

    /// <summary>Not attempted: the chat's next turn is <paramref name="Wait"/> away, longer than the caller wanted to wait.</summary>
    public sealed record Deferred(TimeSpan Wait) : GatewayResult;

    public sealed record Failed(BotFailure Failure) : GatewayResult;
}
