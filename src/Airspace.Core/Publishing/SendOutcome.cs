namespace Airspace.Core.Publishing;

/// <summary>What a platform said about one send; expected failures are values, not exceptions.</summary>
public abstract record SendOutcome
{
    private SendOutcome() { }

    /// <summary>Posted (or edited); <paramref name="MessageId"/> is the platform's id.</summary>
    public sealed record Delivered(string MessageId) : SendOutcome;

    /// <summary>
    /// One part of a multi-message digest was posted and more remain: <paramref name="MessageIds"/> lists every part
    /// posted so far (comma-separated). The dispatcher stores it and sends the next part, so a part is never posted twice.
    /// </summary>
    public sealed record PartSent(string MessageIds) : SendOutcome;

    /// <summary>Rate-limited or temporarily failing: try the same delivery again after <paramref name="Delay"/>.</summary>
    public sealed record RetryAfter(TimeSpan Delay, string Reason) : SendOutcome;

    /// <summary>
    /// Transient failure with no hint from the platform: the dispatcher backs off exponentially and counts an attempt.
    /// Use it when the platform answered with a failure (5xx), and when the request went out and no answer came
    /// (timeout, connection reset): the platform may have received it. For waits that are not failures (pacing, a
    /// platform or webhook not ready), return <see cref="RetryAfter"/>, which never uses up an attempt.
    /// </summary>
    public sealed record TransientFailure(string Reason) : SendOutcome;

    /// <summary>This message can never be sent (rejected content); the delivery fails, the subscription stays.</summary>
    public sealed record Rejected(string Reason) : SendOutcome;

    /// <summary>The channel is gone or forbids us (kicked, deleted, no access): the subscription is disabled.</summary>
    public sealed record ChannelGone(string Reason) : SendOutcome;
}
