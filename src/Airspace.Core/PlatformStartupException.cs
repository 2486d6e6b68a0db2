namespace Airspace.Core;

/// <summary>
/// A platform adapter cannot start and retrying will not help (bad token, disallowed intents, webhook secret missing).
/// The message is one sentence a self-hoster can act on, and never contains a secret; the CLI prints it and exits non-zero.
/// </summary>
public sealed class PlatformStartupException(string message, Exception? inner = null) : Exception(message, inner);
