using Airspace.Core.Resilience;

namespace Airspace.Core.Tests.Resilience;

/// <summary>Deterministic jitter: every draw is <paramref name="value"/>.</summary>
internal sealed class FixedJitter(double value) : IJitterSource
{
    public double NextDouble() => value;
}
