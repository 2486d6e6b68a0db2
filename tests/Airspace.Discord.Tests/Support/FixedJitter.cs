using Airspace.Core.Resilience;

namespace Airspace.Discord.Tests.Support;

/// <summary>Deterministic jitter: the first heartbeat after <see cref="Value"/> of the interval, mid-range back-off.</summary>
internal sealed class FixedJitter(double value) : IJitterSource
{
    public double Value => value;

    public double NextDouble() => value;
}
