namespace Airspace.Storage.Postgres;

/// <summary>
/// The database's clock, in the stored form (Unix milliseconds). Leases, fences and claim heartbeats are stamped and
/// checked with it, never with a replica's clock, so clock skew between replicas cannot make a live holder look dead.
/// <c>clock_timestamp()</c>, not <c>now()</c>: the time of the statement, not of the transaction's start.
/// </summary>
internal static class DatabaseClock
{
    public const string Now = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint";
}
