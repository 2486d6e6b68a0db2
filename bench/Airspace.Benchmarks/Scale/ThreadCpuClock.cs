using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Airspace.Benchmarks.Scale;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID; wall time elsewhere). On a machine shared with
/// other work, wall-clock latency includes waiting for a core; CPU time shows what one query really costs.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsPrecise { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU this thread has used (or a wall-clock reading when that is not available).</summary>
    public static double NowMilliseconds() =>
        IsPrecise && TryRead(out var ms) ? ms : Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;

    /// <summary>The system's 1-minute load average (Linux), or null.</summary>
    public static double? LoadAverage()
    {
        try
        {
            var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : null;
            return text is null ? null : double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) != 0)
            {
                return false;
            }

            milliseconds = (spec.Seconds * 1000.0) + (spec.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
