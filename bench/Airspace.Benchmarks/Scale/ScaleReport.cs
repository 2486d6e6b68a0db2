namespace Airspace.Benchmarks.Scale;

/// <summary>Figures for the whole scale run.</summary>
public sealed record ScaleReport(int Articles, EngineFigures Lucene, EngineFigures Fts5, long PeakRssBytes, long RssAfterBytes, double? LoadBefore, double? LoadAfter);

