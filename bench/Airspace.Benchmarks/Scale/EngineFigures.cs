namespace Airspace.Benchmarks.Scale;

/// <summary>One engine's figures at scale: wall-clock and CPU-time latencies, build time and CPU seconds.</summary>
public sealed record EngineFigures(
    string Engine,
    long IndexBytes,
    double BuildSeconds,
    double ArticlesPerSecond,
    PercentileStats ShortQueries,
    PercentileStats LongQueries,
    PercentileStats ShortQueriesCpu,
    PercentileStats LongQueriesCpu,
    double BuildCpuSeconds);
