using System.Globalization;
using Npgsql;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// Several replicas of the real <c>airspace</c> executable on one PostgreSQL database, each with its own data folder
/// (its own search index) and one shared inbox folder, which the replica holding the <c>inbox</c> role watches.
/// <see cref="KillAsync"/> is <c>kill -9</c> of one replica, which is then started again on the same data folder.
/// </summary>
public sealed class ReplicaSet : IDisposable
{
    private readonly string _connectionString;

    public ReplicaSet(JourneyFakes fakes, string workingDirectory, string connectionString, ReplicaSettings settings)
    {
        _connectionString = connectionString;
        Inbox = Path.Combine(workingDirectory, "inbox");
        Directory.CreateDirectory(Inbox);
        Settings = new Dictionary<string, string?>
        {
            ["Airspace:Storage:Provider"] = "Postgres",
            ["Airspace:Storage:ConnectionString"] = connectionString,
            ["Airspace:Storage:HeartbeatInterval"] = settings.HeartbeatInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Airspace:Storage:HeartbeatTimeout"] = settings.HeartbeatTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["Airspace:Roles:LeaseDuration"] = settings.LeaseDuration.ToString("c", CultureInfo.InvariantCulture),
            ["Airspace:Roles:RenewInterval"] = settings.RenewInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Airspace:Inbox:Path"] = Inbox,
        };
        Bots = [.. Enumerable.Range(1, settings.Replicas).Select(n => Replica(fakes, Path.Combine(workingDirectory, $"replica{n}")))];
    }

    /// <summary>The settings every replica gets besides the fakes' (the store, the lease and heartbeat timings, the inbox).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public IReadOnlyList<JourneyBot> Bots { get; }

    /// <summary>The inbox folder every replica is configured with.</summary>
    public string Inbox { get; }

    /// <summary>The output of every replica's processes, for failure messages.</summary>
    public string Output => string.Join("\n", Bots.Select((b, i) => $"##### replica {i + 1}\n{b.Output}"));

    public void StartAll()
    {
        foreach (var bot in Bots)
        {
            bot.Start();
        }
    }

    /// <summary>
    /// The replica to kill next: the one holding the most singleton roles (so a kill always costs a takeover), the
    /// lowest-numbered other than <paramref name="previous"/> on a tie. Returns its index and the roles it held.
    /// </summary>
    public async Task<(int Index, IReadOnlyList<string> Roles)> PickVictimAsync(int previous)
    {
        var held = await RolesByReplicaAsync();
        var order = Enumerable.Range(0, Bots.Count).OrderByDescending(i => held[i].Count).ThenBy(i => i == previous ? 1 : 0).ThenBy(i => i);
        var victim = order.First();
        return (victim, held[victim]);
    }

    /// <summary><c>kill -9</c> of replica <paramref name="index"/> (SIGKILL, no graceful stop), then its restart on the same data folder.</summary>
    public async Task KillAndRestartAsync(int index)
    {
        await Bots[index].KillAsync();
        Bots[index].Start();
    }

    /// <summary>Ctrl+C to every replica still running; returns their exit codes.</summary>
    public async Task<int[]> InterruptAllAsync() =>
        await Task.WhenAll(Bots.Where(b => b.Current is { Process.HasExited: false }).Select(b => b.InterruptAsync()));

    public async Task DropAsync(string fileName, string content)
    {
        var staging = Path.Combine(Path.GetDirectoryName(Inbox)!, "staging-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(staging, content);
        File.Move(staging, Path.Combine(Inbox, fileName));
    }

    public void Dispose()
    {
        foreach (var bot in Bots)
        {
            bot.Dispose();
        }
    }

    private JourneyBot Replica(JourneyFakes fakes, string workingDirectory)
    {
        Directory.CreateDirectory(workingDirectory);
        var bot = fakes.Bot(workingDirectory);
        foreach (var (key, value) in Settings)
        {
            bot.With(key, value);
        }

        return bot;
    }

    /// <summary>
    /// The roles each replica's running process holds, read from the store's <c>role_leases</c> table (owners are
    /// named <c>host/pid/…</c>). Empty lists when the table cannot be read: the victim is then chosen in turn.
    /// </summary>
    private async Task<List<string>[]> RolesByReplicaAsync()
    {
        var held = Bots.Select(_ => new List<string>()).ToArray();
        var pids = Bots.Select(b => b.Current is { Process.HasExited: false } p ? p.Process.Id.ToString(CultureInfo.InvariantCulture) : "").ToArray();
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT role, owner FROM role_leases ORDER BY role", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var parts = reader.GetString(1).Split('/');
                var index = parts.Length >= 2 ? Array.IndexOf(pids, parts[1]) : -1;
                if (index >= 0 && parts[1].Length > 0)
                {
                    held[index].Add(reader.GetString(0));
                }
            }
        }
        catch (NpgsqlException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return held;
    }
}
