using Airspace.Core.Sources;

namespace Airspace.Storage.Postgres.Sources;

/// <summary>Rows of the sources, source_state and source_items tables; enums as lower-case text (as in SQLite).</summary>
internal static class SourceRows
{
    public const string DefinitionColumns = "name, kind, url, interval_ms, categories, local, folder";

    public const string StateColumns =
        "name, health, etag, last_modified, failures, last_error, last_poll_at, last_success_at, next_poll_at, " +
        "baseline_at, unhealthy_since, item_count";

    /// <summary>Source names compare case-insensitively.</summary>
    public static string Key(string name) => name.Trim().ToLowerInvariant();

    public static SourceDefinition ReadDefinition(NpgsqlDataReader r) => new()
    {
        Name = r.GetString(0),
        Kind = r.GetString(1) == "wordpress" ? SourceKind.WordPress : SourceKind.Feed,
        Url = new Uri(r.GetString(2), UriKind.Absolute),
        Interval = TimeSpan.FromMilliseconds(r.GetInt64(3)),
        Categories = r.GetStrings(4),
        Local = r.GetBoolean(5),
        Folder = r.GetNullableString(6),
        Stored = true,
    };

    public static string KindText(SourceKind kind) => kind == SourceKind.WordPress ? "wordpress" : "feed";

    public static SourceState ReadState(NpgsqlDataReader r) => new()
    {
        Name = r.GetString(0),
        Health = r.GetString(1) switch
        {
            "healthy" => SourceHealth.Healthy,
            "unhealthy" => SourceHealth.Unhealthy,
            _ => SourceHealth.New,
        },
        ETag = r.GetNullableString(2),
        LastModified = r.GetNullableString(3),
        ConsecutiveFailures = r.GetInt32(4),
        LastError = r.GetNullableString(5),
        LastPollAt = NpgsqlCommandExtensions.Instant(r.GetNullableInt64(6)),
        LastSuccessAt = NpgsqlCommandExtensions.Instant(r.GetNullableInt64(7)),
        NextPollAt = NpgsqlCommandExtensions.Instant(r.GetNullableInt64(8)),
        BaselineAt = NpgsqlCommandExtensions.Instant(r.GetNullableInt64(9)),
        UnhealthySince = NpgsqlCommandExtensions.Instant(r.GetNullableInt64(10)),
        ItemCount = r.GetInt32(11),
    };

    public static string HealthText(SourceHealth health) => health switch
    {
        SourceHealth.Healthy => "healthy",
        SourceHealth.Unhealthy => "unhealthy",
        _ => "new",
    };
}
