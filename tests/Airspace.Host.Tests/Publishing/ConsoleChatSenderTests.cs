using Airspace.Core.Localization;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Host.ConsoleChannel;
using Microsoft.Extensions.Options;

namespace Airspace.Host.Tests.Publishing;

/// <summary>Console alerts: labels in the subscription's language, else Airspace:Chat:Language; the article id for /summary.</summary>
public sealed class ConsoleChatSenderTests
{
    [Theory]
    [InlineData(null, "en", "✎ Updated: ")]
    [InlineData("id", "en", "✎ Diperbarui: ")]
    [InlineData(null, "id", "✎ Diperbarui: ")]
    [InlineData("en", "id", "✎ Updated: ")]
    public async Task SendAsync_Edit_LabelsInThePostsLanguageElseTheConfiguredOne(string? language, string configured, string expected)
    {
        using var writer = new StringWriter();
        var sender = new ConsoleChatSender(new ConsoleOutput(writer), Options.Create(new ChatLanguageOptions { Language = configured }));
        var article = TestArticles.Article(id: 752);

        await sender.SendAsync(new Post { DeliveryId = new DeliveryId(1), Address = ChannelAddress.ConsoleChannel, Article = article, Kind = DeliveryKind.Edit, MessageId = "m1", Language = language }, default);

        Assert.Contains(expected + article.Title, writer.ToString(), StringComparison.Ordinal);
        Assert.Contains(" · #752", writer.ToString(), StringComparison.Ordinal);
    }
}
