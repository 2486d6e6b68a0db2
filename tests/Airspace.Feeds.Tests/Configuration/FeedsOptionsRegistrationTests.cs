using Airspace.Feeds.Inbox;
using Airspace.Feeds.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Airspace.Feeds.Tests.Configuration;

public sealed class FeedsOptionsRegistrationTests
{
    [Fact]
    public void AddAirspaceFeeds_NoInboxPath_InboxUnderTheDataDirectory()
    {
        var options = Resolve<InboxOptions>(new() { ["Airspace:DataDirectory"] = "/srv/airspace" });

        Assert.Equal(Path.Combine("/srv/airspace", "inbox"), options.Path);
    }

    [Theory]
    [InlineData("Airspace:Inbox:SettleTime", "00:02:00", "Airspace:Inbox:SettleTime must be between 0 and 00:01:00.")]
    [InlineData("Airspace:Inbox:RescanInterval", "00:00:00.01", "Airspace:Inbox:RescanInterval must be at least 00:00:00.1.")]
    public void AddAirspaceFeeds_InboxValueOutOfRange_FailsWithTheInboxRule(string key, string value, string sentence)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<InboxOptions>(new() { [key] = value }));

        Assert.Equal([sentence], error.Failures);
    }

    [Fact]
    public void AddAirspaceFeeds_FeedsValueOfTheWrongType_FailsNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<FeedsOptions>(new() { ["Airspace:Feeds:MaxRedirects"] = "few" }));

        Assert.Equal(["Airspace:Feeds:MaxRedirects is 'few', which is not a whole number."], error.Failures);
    }

    [Fact]
    public void AddAirspaceFeeds_SourcesConfigured_BoundFromTheArray()
    {
        var options = Resolve<SourcesOptions>(new()
        {
            ["Airspace:Sources:0:Name"] = "review",
            ["Airspace:Sources:0:Url"] = "https://example.com/feed",
            ["Airspace:Sources:1:Name"] = "blog",
            ["Airspace:Sources:1:Url"] = "https://example.com/blog",
        });

        Assert.Equal(["review", "blog"], options.Sources.Select(s => s.Name));
    }

    private static T Resolve<T>(Dictionary<string, string?> settings)
        where T : class
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAirspaceFeeds(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<T>>().Value;
    }
}
