using Airspace.Core.Commands;
using Airspace.Feeds;
using Airspace.Host.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Host.Tests.Composition;

public sealed class CommandRegistrationTests
{
    private static readonly IConfiguration Empty = new ConfigurationBuilder().Build();

    [Fact]
    public void AddAirspaceFeeds_Alone_RegistersNoChatCommand()
    {
        var services = new ServiceCollection().AddAirspaceFeeds(Empty);

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IChatCommand));
    }

    [Fact]
    public void AddAirspace_Commands_AllRegisteredByTheHostInHelpOrder()
    {
        var services = new ServiceCollection().AddAirspace(Empty);

        Assert.Equal(
            [typeof(LatestCommand), typeof(SearchCommand), typeof(SummaryCommand), typeof(SubscribeCommand), typeof(UnsubscribeCommand), typeof(SubscriptionsCommand), typeof(SourcesCommand)],
            services.Where(d => d.ServiceType == typeof(IChatCommand)).Select(d => d.ImplementationType));
    }
}
