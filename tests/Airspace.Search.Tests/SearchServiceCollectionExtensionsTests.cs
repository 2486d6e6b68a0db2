using Airspace.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Airspace.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLuceneSearch_IndexPathSet_UsesIt()
    {
        var options = Resolve(new() { ["Airspace:Search:IndexPath"] = "/srv/idx", ["Airspace:DataDirectory"] = "/srv/data" });

        Assert.Equal("/srv/idx", options.IndexPath);
    }

    [Fact]
    public void AddLuceneSearch_OnlyDataDirectorySet_UsesIndexUnderIt()
    {
        var options = Resolve(new() { ["Airspace:DataDirectory"] = "/srv/data" });

        Assert.Equal(Path.Combine("/srv/data", "index"), options.IndexPath);
    }

    [Fact]
    public void AddLuceneSearch_NothingSet_UsesIndexUnderDefaultDataDirectory()
    {
        var options = Resolve([]);

        Assert.Equal(Path.Combine("./data", "index"), options.IndexPath);
    }

    [Fact]
    public void AddLuceneSearch_InvalidPath_FailsValidationNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve(new() { ["Airspace:Search:IndexPath"] = "bad\0path" }));

        Assert.Contains("Airspace:Search:IndexPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLuceneSearch_Always_RegistersLuceneIndexAsSingletonSearchIndex()
    {
        var services = new ServiceCollection().AddLuceneSearch(new DictionaryConfiguration([]));

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(ISearchIndex));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.Equal(typeof(LuceneSearchIndex), descriptor.ImplementationType);
    }

    /// <summary>Runs the registered configure and validate steps as the options system would, without a container.</summary>
    private static SearchOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLuceneSearch(new DictionaryConfiguration(settings));
        var factory = new OptionsFactory<SearchOptions>(
            Instances<IConfigureOptions<SearchOptions>>(services),
            [],
            Instances<IValidateOptions<SearchOptions>>(services));
        return factory.Create(Options.DefaultName);
    }

    private static IEnumerable<T> Instances<T>(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(T)).Select(d => (T)d.ImplementationInstance!).ToList();

    /// <summary>Flat key/value configuration; enough for the keys the extension reads.</summary>
    private sealed class DictionaryConfiguration(Dictionary<string, string?> values) : IConfiguration
    {
        public string? this[string key]
        {
            get => values.GetValueOrDefault(key);
            set => values[key] = value;
        }

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public IChangeToken GetReloadToken() => throw new NotSupportedException();

        public IConfigurationSection GetSection(string key) => new DictionarySection(values, key);
    }

    /// <summary>A section of <see cref="DictionaryConfiguration"/>: its keys read through, no children to bind.</summary>
    private sealed class DictionarySection(Dictionary<string, string?> values, string path) : IConfigurationSection
    {
        public string Key => path[(path.LastIndexOf(':') + 1)..];

        public string Path => path;

        public string? Value
        {
            get => values.GetValueOrDefault(path);
            set => values[path] = value;
        }

        public string? this[string key]
        {
            get => values.GetValueOrDefault(path + ":" + key);
            set => values[path + ":" + key] = value;
        }

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public IChangeToken GetReloadToken() => throw new NotSupportedException();

        public IConfigurationSection GetSection(string key) => new DictionarySection(values, path + ":" + key);
    }
}
