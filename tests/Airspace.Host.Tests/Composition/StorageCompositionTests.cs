using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Sources;
using Airspace.Host.Composition;
using Airspace.Host.Configuration;
using Airspace.Storage.Postgres;
using Airspace.Storage.Postgres.Sources;
using Airspace.Storage.Sqlite;
using Airspace.Storage.Sqlite.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Tests.Composition;

/// <summary>Airspace:Storage:Provider picks the store; the PostgreSQL one brings the claim heartbeat.</summary>
public sealed class StorageCompositionTests
{
    [Fact]
    public void AddAirspaceStorage_NoProvider_RegistersTheSqliteStore()
    {
        var services = new ServiceCollection().AddAirspaceStorage(Configuration([]));

        Assert.Contains(services, d => d.ServiceType == typeof(SqliteDatabase));
        Assert.Contains(services, d => d.ServiceType == typeof(SqliteSourceStore));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(PostgresDatabase));
        Assert.DoesNotContain(services, d => d.ImplementationType == typeof(ClaimHeartbeatWorker));
    }

    [Fact]
    public void AddAirspaceStorage_PostgresProvider_EveryPortOnPostgresWithTheHeartbeat()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddAirspaceStorage(Configuration(new()
            {
                ["Airspace:Storage:Provider"] = "postgres",
                ["Airspace:Storage:ConnectionString"] = "Host=127.0.0.1;Database=airspace;Username=airspace",
            }));
        using var provider = services.BuildServiceProvider();

        Assert.IsType<PostgresArticleStore>(provider.GetRequiredService<IArticleStore>());
        Assert.IsType<PostgresDeliveryStore>(provider.GetRequiredService<IDeliveryStore>());
        Assert.IsType<PostgresSourceStore>(provider.GetRequiredService<ISourceStore>());
        Assert.Null(provider.GetService<SqliteDatabase>());
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ClaimHeartbeatWorker));
    }

    [Theory]
    [InlineData("Sqlite", null)]
    [InlineData("POSTGRES", null)]
    [InlineData("mysql", "Airspace:Storage:Provider must be Sqlite or Postgres.")]
    public void Validate_Provider_OnlyTheTwoStores(string provider, string? expected) =>
        Assert.Equal(expected, new StorageProviderOptions { Provider = provider }.Validate());

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
