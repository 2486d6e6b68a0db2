namespace Airspace.Telegram.Sending;

/// <summary>What happened to one send or edit through the <see cref="MessageSender"/>.</summary>
internal abstract record SendResult
{
    private SendResult() { }

    /// <summary>Sent (or edited, or already as wanted); <paramref name="AsPlainText"/> when the HTML was refused and plain text went instead.</summary>
    public sealed record Sent(int MessageId, bool AsPlainText) : SendResult;

    /// <summary>Not attempted: the chat's next turn is <paramref name="Wait"/> away, longer than the caller wanted to wait.</summary>
    public sealed record Deferred(TimeSpan Wait) : SendResult;

    public sealed record Failed(BotFailure Failure) : SendResult;
}
