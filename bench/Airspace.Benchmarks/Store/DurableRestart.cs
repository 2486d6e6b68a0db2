using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Airspace.Benchmarks.Store;

/// <summary>
/// The storage tests' throwaway cluster runs with <c>fsync</c>, synchronous commits and full-page writes off (command-line
/// settings, which <c>ALTER SYSTEM</c> cannot override). For throughput figures that hold in production, this restarts
/// it in place (<c>pg_ctl restart</c> on its own data folder, port and socket folder) with those settings back at
/// PostgreSQL's defaults. Only for a cluster this process started.
/// </summary>
public static class DurableRestart
{
    public static async Task RunAsync(string admin)
    {
        string data, port, sockets, major;
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var show = new NpgsqlCommand(
                "SELECT current_setting('data_directory'), current_setting('port'), current_setting('unix_socket_directories'), current_setting('server_version_num')", connection);
            await using var reader = await show.ExecuteReaderAsync();
            await reader.ReadAsync();
            (data, port, sockets, major) = (reader.GetString(0), reader.GetString(1), reader.GetString(2).Split(',')[0].Trim(), reader.GetString(3)[..2]);
        }

        NpgsqlConnection.ClearAllPools();
        var pgCtl = $"/usr/lib/postgresql/{int.Parse(major, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}/bin/pg_ctl";
        string[] arguments =
        [
            "-D", data, "-l", Path.Combine(sockets, "durable.log"), "-m", "fast", "-w", "-t", "60", "restart",
            "-o", $"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c max_connections=300",
        ];
        var start = Environment.UserName == "root" ? new ProcessStartInfo("runuser") : new ProcessStartInfo(pgCtl);
        if (Environment.UserName == "root")
        {
            foreach (var a in new[] { "-u", "postgres", "--", pgCtl })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_ctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl restart exited {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }
    }
}
