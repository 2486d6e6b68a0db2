using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Airspace.Testing;

/// <summary>
/// One real PostgreSQL server for a test run: <c>Airspace__Test__PostgresConnection</c> when set, else a throwaway
/// cluster (<c>initdb</c> + <c>pg_ctl</c> from <c>/usr/lib/postgresql/*/bin</c>) in a temp folder on a free loopback
/// port, run as the <c>postgres</c> user when the tests run as root (initdb refuses root). Databases made here are
/// dropped (a given server) or go with the cluster (a throwaway one) on dispose. When neither is possible
/// <see cref="StartAsync"/> fails with one sentence saying what to install; PostgreSQL tests are never skipped silently.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "Airspace__Test__PostgresConnection";

    public const string Missing =
        "The PostgreSQL tests need a PostgreSQL server: install Debian's postgresql package (scripts/test.sh does: " +
        "apt-get install -y postgresql) or set Airspace__Test__PostgresConnection to a server where the user may create databases.";

    private readonly string _prefix = "airspace_test_" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _databases = [];
    private string? _folder;
    private string? _bin;
    private int _port;

    private PostgresServer()
    {
    }

    /// <summary>The administrative connection (database <c>postgres</c>).</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>True when the server came from <see cref="ConnectionVariable"/> rather than a throwaway cluster.</summary>
    public bool Given => _folder is null;

    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer();
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        try
        {
            server.AdminConnectionString = string.IsNullOrWhiteSpace(given) ? await server.StartClusterAsync() : given;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>A new database (a copy of <paramref name="template"/> when given) named <c>&lt;run prefix&gt;_<paramref name="suffix"/></c>; returns its name.</summary>
    public async Task<string> CreateDatabaseAsync(string suffix, string? template = null)
    {
        var name = $"{_prefix}_{suffix}";
        lock (_databases)
        {
            _databases.Add(name);
        }

        await AdminAsync(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
        return name;
    }

    public string ConnectionString(string database, int maxPoolSize = 20) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true, MaxPoolSize = maxPoolSize }.ToString();

    /// <summary>Runs one statement on the administrative connection (unpooled).</summary>
    public async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null)
        {
            if (AdminConnectionString.Length == 0)
            {
                return;
            }

            // A server we were given: drop what we made there (templates last, after their copies).
            string[] made;
            lock (_databases)
            {
                made = [.. _databases];
            }

            foreach (var name in made.Reverse())
            {
                await AdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }

            return;
        }

        try
        {
            if (Directory.Exists(Path.Combine(_folder, "data", "global")))
            {
                await RunAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "stop");
            }
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<string> StartClusterAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (_bin is null)
        {
            throw new InvalidOperationException(Missing);
        }

        _folder = Path.Combine(Path.GetTempPath(), "airspace-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        if (IsRoot)
        {
            await RunRawAsync("chown", ["postgres:", _folder]);
        }

        var data = Path.Combine(_folder, "data");
        await RunAsync("initdb", "-D", data, "-U", "airspace", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        _port = FreePort();
        await StartServerAsync();
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = _port, Username = "airspace", Database = "postgres",
        }.ToString();
    }

    /// <summary>
    /// Stops the throwaway server (<c>pg_ctl stop -m fast</c>: open connections are cut, as when a database restarts);
    /// <see cref="StartServerAsync"/> starts it again on the same port with the same data.
    /// </summary>
    public Task StopServerAsync() =>
        Given
            ? throw new InvalidOperationException($"The server at {ConnectionVariable} is not this run's to stop; unset it to run this test.")
            : RunAsync("pg_ctl", "-D", Path.Combine(_folder!, "data"), "-m", "fast", "-w", "-t", "60", "stop");

    /// <summary>Starts the throwaway server (again) on its port.</summary>
    public Task StartServerAsync() => RunAsync(
        "pg_ctl", "-D", Path.Combine(_folder!, "data"), "-l", Path.Combine(_folder!, "server.log"), "-w", "-t", "60", "start", "-o",
        $"-p {_port.ToString(CultureInfo.InvariantCulture)} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off " +
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300");

    private static bool IsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";

    private Task RunAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin!, tool);
        return IsRoot
            ? RunRawAsync("runuser", ["-u", "postgres", "--", path, .. arguments])
            : RunRawAsync(path, arguments);
    }

    private static async Task RunRawAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(Missing);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{Missing} ({file}: {ex.Message})", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{Missing} ({Path.GetFileName(file)} {string.Join(' ', arguments.Take(3))}… exited {process.ExitCode}: {(await error).Trim()} {(await output).Trim()})");
            }
        }
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
