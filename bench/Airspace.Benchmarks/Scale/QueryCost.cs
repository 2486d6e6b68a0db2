namespace Airspace.Benchmarks.Scale;

/// <summary>One query's CPU milliseconds per stage (see <see cref="QueryCostBreakdown"/>) and how many articles matched.</summary>
public sealed record QueryCost(string Query, double Parse, double Search, double Rescore, double Snippets, double Total, int Hits);
