namespace Airspace.Host.Configuration;

/// <summary>Which store the bot uses (<c>Airspace:Storage:Provider</c>): the embedded SQLite file (default) or a shared PostgreSQL.</summary>
public sealed class StorageProviderOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Storage";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;

    public bool IsPostgres => string.Equals(Provider?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>Read before the container exists: the provider decides what is registered.</summary>
    public static StorageProviderOptions From(IConfiguration configuration) =>
        new() { Provider = configuration[SectionName + ":Provider"] is { Length: > 0 } provider ? provider : Sqlite };

    public string? Validate() =>
        IsPostgres || string.Equals(Provider?.Trim(), Sqlite, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Airspace:Storage:Provider must be {Sqlite} or {Postgres}.";
}
