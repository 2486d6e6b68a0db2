namespace Airspace.Core.Resilience;

/// <summary>The production <see cref="IJitterSource"/>: <see cref="Random.Shared"/>.</summary>
public sealed class SharedRandomJitter : IJitterSource
{
    public static readonly SharedRandomJitter Instance = new();

    public double NextDouble() => Random.Shared.NextDouble();
}
