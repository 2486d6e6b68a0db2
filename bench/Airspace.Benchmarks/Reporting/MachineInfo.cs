using System.Runtime.InteropServices;

namespace Airspace.Benchmarks.Reporting;

/// <summary>What the figures were measured on.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = "unknown CPU";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }

        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu}, {Environment.ProcessorCount} logical cores, {memory:F0} GiB RAM; {RuntimeInformation.OSDescription}; "
            + $".NET {Environment.Version} ({RuntimeInformation.ProcessArchitecture}), Release build";
    }
}
