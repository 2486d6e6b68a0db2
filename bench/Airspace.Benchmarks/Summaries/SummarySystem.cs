namespace Airspace.Benchmarks.Summaries;

/// <summary>A named way to summarise an evaluation article.</summary>
public sealed record SummarySystem(string Name, string Description, Func<EvalArticle, string> Summarize);
