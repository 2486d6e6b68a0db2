namespace Airspace.Core.Resilience;

/// <summary>Randomness for back-off jitter (and the Discord heartbeat's first beat); tests supply a fixed one.</summary>
public interface IJitterSource
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();
}
