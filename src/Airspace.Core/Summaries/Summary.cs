namespace Airspace.Core.Summaries;

public sealed record Summary(string Text, string SummarizerVersion);
