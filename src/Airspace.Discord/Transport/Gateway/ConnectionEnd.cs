namespace Airspace.Discord.Transport.Gateway;

internal enum ConnectionEndKind
{
    /// <summary>The server closed the socket with <see cref="ConnectionEnd.CloseCode"/>.</summary>
    Closed,
    /// <summary>The connection broke without a close code.</summary>
    Dropped,
    /// <summary>The socket could not be opened.</summary>
    ConnectFailed,
    /// <summary>Op 7: the server asked us to reconnect and resume.</summary>
    Reconnect,
    /// <summary>Op 9; <see cref="ConnectionEnd.Resumable"/> is its <c>d</c>.</summary>
    InvalidSession,
    /// <summary>A heartbeat went unacknowledged: the connection is dead though the socket looks open.</summary>
    Zombie,
    /// <summary>Neither READY nor RESUMED arrived in time.</summary>
    ReadyTimeout,
    /// <summary>We are shutting down.</summary>
    Cancelled,
}

/// <summary>How and why one gateway connection ended, and whether it had got as far as READY/RESUMED.</summary>
internal sealed record ConnectionEnd(ConnectionEndKind Kind)
{
    public int? CloseCode { get; init; }
    public bool Resumable { get; init; } = true;
    public bool WasReady { get; init; }
    public string? Detail { get; init; }

    public override string ToString() =>
        Kind + (CloseCode is { } code ? $" {code}" : "") + (Kind == ConnectionEndKind.InvalidSession ? Resumable ? " (resumable)" : " (not resumable)" : "") + (Detail is null ? "" : ": " + Detail);
}
