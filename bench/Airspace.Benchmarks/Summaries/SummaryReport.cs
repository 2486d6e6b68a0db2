using Airspace.Benchmarks.Rouge;

namespace Airspace.Benchmarks.Summaries;

/// <summary>Everything the report says about summaries, computed in one run.</summary>
public sealed record SummaryReport(
    int Articles,
    IReadOnlyList<SystemResult> AllArticles,
    (RougeScore Paper, RougeScore Plain)? PythonLead3,
    (RougeScore Paper, RougeScore Plain)? PythonAirspace,
    IReadOnlyList<SplitResult> Splits,
    IReadOnlyList<SplitResult> Folds,
    double SummariesPerSecond);

