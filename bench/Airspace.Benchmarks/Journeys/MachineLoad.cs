using Airspace.Benchmarks.Scale;
using static Airspace.Benchmarks.Reporting.Markdown;

namespace Airspace.Benchmarks.Journeys;

/// <summary>The 1-minute load average around a journey benchmark: its times are wall-clock, so a busy machine shows in them.</summary>
public sealed record MachineLoad(double? Before, double? After)
{
    public static MachineLoad Start() => new(ThreadCpuClock.LoadAverage(), null);

    public MachineLoad End() => this with { After = ThreadCpuClock.LoadAverage() };

    public string Describe() => Before is { } before && After is { } after
        ? $"The 1-minute load average was {F(before)} before and {F(after)} after this run on {Environment.ProcessorCount} cores; the times are wall-clock, so they include waiting for a core."
        : "";
}
