namespace Airspace.Benchmarks.Scale;

/// <summary>One query's CPU milliseconds per stage (see <see cref="QueryCostBreakdown"/>) and how many articles matched; <paramref name="Bytes"/>: bytes the querying thread allocated for the query (all stages).</summary>
public sealed record QueryCost(string Query, double Parse, double Search, double Rescore, double Snippets, double Total, int Hits, long Bytes = 0)
{
    /// <summary>Bytes allocated by the parse, first pass, rescoring and snippet stages, in that order.</summary>
    public IReadOnlyList<long> StageBytes { get; init; } = [];

    /// <summary>Garbage-collection pause time during the query, in milliseconds (0 when none ran).</summary>
    public double GcPause { get; init; }
}
