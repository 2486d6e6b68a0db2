namespace Airspace.Discord.Gateway;

/// <summary>Randomness for heartbeat jitter and reconnect back-off; tests supply a fixed one.</summary>
internal interface IJitterSource
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();
}

internal sealed class SharedRandomJitter : IJitterSource
{
    public double NextDouble() => Random.Shared.NextDouble();
}
