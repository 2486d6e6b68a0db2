namespace Airspace.Core;

/// <summary>
/// A platform adapter's check that runs before the bot starts any loop (e.g. is the token accepted?). Throws
/// <see cref="PlatformStartupException"/> when starting cannot help; returns when the platform is fine or merely
/// unreachable (the loops retry). Run outside the host's start so a refusal is one sentence, not a hosting trace.
/// </summary>
public interface IPlatformStartupCheck
{
    Task CheckAsync(CancellationToken ct);
}
