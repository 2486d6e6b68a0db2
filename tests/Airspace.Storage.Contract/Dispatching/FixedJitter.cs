using Airspace.Core.Resilience;

namespace Airspace.Storage.Contract.Dispatching;

/// <summary>Deterministic jitter: every draw is <paramref name="value"/> (0 is the shortest wait, 0.5 the middle).</summary>
internal sealed class FixedJitter(double value) : IJitterSource
{
    public double NextDouble() => value;
}
