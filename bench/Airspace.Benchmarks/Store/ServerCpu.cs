using System.Globalization;

namespace Airspace.Benchmarks.Store;

/// <summary>
/// CPU time of a local PostgreSQL server (Linux): its postmaster's own and its reaped children's time, plus the time of
/// the children still running (backends, checkpointer, WAL writer…), read from <c>/proc</c>. Null when the server is
/// not a process here (a server given by connection string elsewhere).
/// </summary>
public static class ServerCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux.

    public static TimeSpan? Read(int? postmaster)
    {
        if (postmaster is not { } pid || Stat(pid) is not { } own)
        {
            return null;
        }

        var total = own.Utime + own.Stime + own.Cutime + own.Cstime;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && Stat(child) is { } s && s.Parent == pid)
            {
                total += s.Utime + s.Stime;
            }
        }

        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    /// <summary>The parent of <paramref name="backend"/> (a server process's pid, e.g. <c>pg_backend_pid()</c>), if it runs here.</summary>
    public static int? ParentOf(int backend) => Stat(backend) is { } s && Stat(s.Parent) is not null ? s.Parent : null;

    private static (int Parent, long Utime, long Stime, long Cutime, long Cstime)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");

            // Fields after the command name (which may hold spaces): state ppid … utime(14) stime(15) cutime(16) cstime(17).
            var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long L(int field) => long.Parse(f[field - 3], CultureInfo.InvariantCulture);
            return ((int)L(4), L(14), L(15), L(16), L(17));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
