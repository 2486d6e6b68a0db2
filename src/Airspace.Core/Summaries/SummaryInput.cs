namespace Airspace.Core.Summaries;

/// <summary>Normalised article text to summarise (dateline and author tag already removed).</summary>
public sealed record SummaryInput(string Title, string Body, string Language);
