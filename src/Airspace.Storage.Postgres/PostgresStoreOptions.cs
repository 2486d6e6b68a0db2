namespace Airspace.Storage.Postgres;

/// <summary>
/// The PostgreSQL store (section <c>Airspace:Storage</c>, with <c>Provider</c> = <c>Postgres</c>). The connection
/// string carries the password: it comes from the environment (<c>Airspace__Storage__ConnectionString</c>) and is
/// never logged or printed.
/// </summary>
public sealed class PostgresStoreOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Storage";

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=airspace;Username=airspace;Password=…</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How often a running dispatcher records that it is alive (and takes back dead dispatchers' claims).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A dispatcher silent for this long, on the database's clock, is dead: its claims are given back for another
    /// replica to send. Four missed beats: a replica stalled that long (a long GC pause, a lost network) has its claims
    /// taken, and sends nothing more of them (its lane's role is gone too, see <c>Airspace:Roles:LeaseDuration</c>).
    /// </summary>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(8);

    public string? Validate() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "Airspace:Storage:ConnectionString must be set when Airspace:Storage:Provider is Postgres (e.g. Host=db;Database=airspace;Username=airspace;Password=…)."
        : !IsValidConnectionString(ConnectionString) ? "Airspace:Storage:ConnectionString is not a valid PostgreSQL connection string (Key=Value pairs separated by ';')."
        : HeartbeatInterval <= TimeSpan.Zero ? "Airspace:Storage:HeartbeatInterval must be a positive duration such as 00:00:02."
        : HeartbeatTimeout <= HeartbeatInterval ? "Airspace:Storage:HeartbeatTimeout must be longer than Airspace:Storage:HeartbeatInterval."
        : null;

    /// <remarks>The parser's message may quote the string (and its password), so only the verdict is kept.</remarks>
    private static bool IsValidConnectionString(string value)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
