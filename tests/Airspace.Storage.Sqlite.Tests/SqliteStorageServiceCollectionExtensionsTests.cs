using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Airspace.Storage.Sqlite.Tests;

public sealed class SqliteStorageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSqliteStorage_NoDatabasePath_UsesAirspaceDbInDataDirectory()
    {
        var options = Resolve(new() { ["Airspace:DataDirectory"] = "/srv/airspace" });

        Assert.Equal(Path.Combine("/srv/airspace", "airspace.db"), options.DatabasePath);
        Assert.Equal(TimeSpan.FromSeconds(30), options.BusyTimeout);
    }

    [Fact]
    public void AddSqliteStorage_NothingConfigured_UsesDefaultDataDirectory()
    {
        Assert.Equal(Path.Combine("./data", "airspace.db"), Resolve([]).DatabasePath);
    }

    [Fact]
    public void AddSqliteStorage_StorageSection_OverridesPathAndTimeout()
    {
        var options = Resolve(new()
        {
            ["Airspace:DataDirectory"] = "/srv/airspace",
            ["Airspace:Storage:DatabasePath"] = "/var/lib/news.db",
            ["Airspace:Storage:BusyTimeout"] = "00:00:10",
            ["Airspace:Storage:Pooling"] = "false",
        });

        Assert.Equal("/var/lib/news.db", options.DatabasePath);
        Assert.Equal(TimeSpan.FromSeconds(10), options.BusyTimeout);
        Assert.False(options.Pooling);
    }

    [Fact]
    public void AddSqliteStorage_NegativeBusyTimeout_FailsValidationNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Airspace:Storage:BusyTimeout"] = "-00:00:01" }));

        Assert.Contains("Airspace:Storage:BusyTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSqliteStorage_Always_RegistersThePortsAsSingletons()
    {
        var services = new ServiceCollection().AddSqliteStorage(new ConfigurationBuilder().Build());

        foreach (var port in new[] { typeof(IArticleStore), typeof(ISubscriptionStore), typeof(IDeliveryStore), typeof(SqliteDatabase), typeof(TimeProvider) })
        {
            Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == port).Lifetime);
        }
    }

    /// <summary>Builds the options the way the container would, from the registered configure and validate steps.</summary>
    private static SqliteStoreOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSqliteStorage(configuration);
        T[] All<T>() => [.. services.Where(d => d.ServiceType == typeof(T)).Select(d => (T)d.ImplementationInstance!)];
        var factory = new OptionsFactory<SqliteStoreOptions>(
            All<IConfigureOptions<SqliteStoreOptions>>(), All<IPostConfigureOptions<SqliteStoreOptions>>(), All<IValidateOptions<SqliteStoreOptions>>());
        return factory.Create(Options.DefaultName);
    }
}
