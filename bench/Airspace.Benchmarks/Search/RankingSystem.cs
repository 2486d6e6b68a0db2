namespace Airspace.Benchmarks.Search;

/// <summary>One ranking under evaluation: a name and a search returning the top 10 article ids.</summary>
public sealed record RankingSystem(string Name, Func<string, IReadOnlyList<long>> Top10);
