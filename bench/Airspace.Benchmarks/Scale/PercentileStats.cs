namespace Airspace.Benchmarks.Scale;

/// <summary>Median and 95th percentile of a set of latencies, in milliseconds.</summary>
public readonly record struct PercentileStats(double P50, double P95, int Count)
{
    public static PercentileStats From(List<double> milliseconds)
    {
        milliseconds.Sort();
        return new PercentileStats(At(milliseconds, 0.50), At(milliseconds, 0.95), milliseconds.Count);
    }

    private static double At(List<double> sorted, double q) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
