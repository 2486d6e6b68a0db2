namespace Airspace.Core.Interactions;

/// <summary>
/// One command at a time per chat across every process sharing the store: a replica holds a chat's turn while it
/// handles one of that chat's commands, and another replica with a command of the same chat waits for it.
/// Within one process the adapter's own per-chat lanes keep the order; this only spans processes.
/// </summary>
public interface IChatTurns
{
    /// <summary>Waits for <paramref name="chat"/>'s turn on <paramref name="platform"/>; disposing the result gives it back.</summary>
    Task<IAsyncDisposable> EnterAsync(string platform, string chat, CancellationToken ct);
}
