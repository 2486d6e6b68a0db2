namespace Airspace.Core;

/// <summary>
/// An adapter's check that runs before the bot starts any loop (is the token accepted? can the shared store be
/// opened?). A platform throws <see cref="PlatformStartupException"/> when starting cannot help and returns when it
/// is fine or merely unreachable (the loops retry); the PostgreSQL store throws when it cannot be opened, since no
/// loop can run without it. Run outside the host's start so a refusal is one sentence, not a hosting trace.
/// </summary>
public interface IPlatformStartupCheck
{
    Task CheckAsync(CancellationToken ct);
}
