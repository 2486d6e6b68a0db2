namespace Airspace.Discord.Transport.Gateway;

/// <summary>The gateway URL could not be learned (Discord unreachable); the client backs off and tries again.</summary>
internal sealed class GatewayUnavailableException(string message) : Exception(message);
