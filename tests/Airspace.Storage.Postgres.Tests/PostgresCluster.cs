using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Airspace.Storage.Postgres.Tests;

/// <summary>
/// One real PostgreSQL for the test run: <c>Airspace__Test__PostgresConnection</c> when set, else a throwaway cluster
/// (<c>initdb</c> + <c>pg_ctl</c> from <c>/usr/lib/postgresql/*/bin</c>) in a temp folder on a free loopback port,
/// run as the <c>postgres</c> user when the tests run as root (initdb refuses root). Each test gets a fresh database
/// copied from a migrated template. When neither is possible the fixture fails with one sentence saying what to install.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public const string ConnectionVariable = "Airspace__Test__PostgresConnection";
    private const string Template = "airspace_template";
    private const string Missing =
        "The PostgreSQL store tests need a PostgreSQL server: install Debian's postgresql package (scripts/test.sh does: " +
        "apt-get install -y postgresql) or set Airspace__Test__PostgresConnection to a server where the user may create databases.";

    private readonly string _prefix = "airspace_test_" + Guid.NewGuid().ToString("N")[..8];
    private string? _folder;
    private string? _bin;
    private int _databases;
    private int _port;

    /// <summary>The administrative connection (database <c>postgres</c>).</summary>
    public string AdminConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        AdminConnectionString = string.IsNullOrWhiteSpace(given) ? await StartClusterAsync() : given;
        await AdminAsync($"CREATE DATABASE {TemplateName}");
        await using var database = Database(TemplateName);
        await database.MigrateAsync(CancellationToken.None);
    }

    /// <summary>A new, empty, migrated database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"{_prefix}_{Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture)}";
        await AdminAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName}");
        return ConnectionString(name);
    }

    /// <summary>A new database without the schema (for migration tests).</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = $"{_prefix}_{Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture)}";
        await AdminAsync($"CREATE DATABASE {name}");
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = true, MaxPoolSize = 20 }.ToString();

    public PostgresDatabase Database(string databaseName) => Open(ConnectionString(databaseName));

    public static PostgresDatabase Open(string connectionString) => new(
        Options.Create(new PostgresStoreOptions { ConnectionString = connectionString }), NullLogger<PostgresDatabase>.Instance);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null)
        {
            // A server we were given: drop what we made there.
            for (var i = 1; i <= _databases; i++)
            {
                await AdminAsync($"DROP DATABASE IF EXISTS {_prefix}_{i.ToString(CultureInfo.InvariantCulture)} WITH (FORCE)");
            }

            await AdminAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
            return;
        }

        await RunAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private string TemplateName => $"{_prefix}_{Template}";

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
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

    /// <summary>True when this fixture runs its own cluster (so <see cref="StopServerAsync"/> may stop it).</summary>
    public bool OwnsServer => _folder is not null;

    /// <summary>
    /// Stops the throwaway server (<c>pg_ctl stop -m fast</c>: open connections are cut, as when a database restarts);
    /// <see cref="StartServerAsync"/> starts it again on the same port with the same data.
    /// </summary>
    public Task StopServerAsync() =>
        OwnsServer
            ? RunAsync("pg_ctl", "-D", Path.Combine(_folder!, "data"), "-m", "fast", "-w", "-t", "60", "stop")
            : throw new InvalidOperationException($"The server at {ConnectionVariable} is not this fixture's to stop; unset it to run this test.");

    /// <summary>Starts the throwaway server (again) on its port.</summary>
    public Task StartServerAsync() => RunAsync(
        "pg_ctl", "-D", Path.Combine(_folder!, "data"), "-l", Path.Combine(_folder!, "server.log"), "-w", "-t", "60", "start", "-o",
        $"-p {_port.ToString(CultureInfo.InvariantCulture)} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off " +
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300");

    private Task RunAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin!, tool);
        return Environment.UserName == "root"
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
