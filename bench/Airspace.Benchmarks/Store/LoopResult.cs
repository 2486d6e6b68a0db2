namespace Airspace.Benchmarks.Store;

/// <summary>One loop's share of a run: what it sent, how long its (non-empty) claims and its mark-sents took, and its empty claims.</summary>
public sealed record LoopResult(string Owner, int Sent, List<double> ClaimMilliseconds, List<double> MarkSentMilliseconds, int EmptyClaims);
