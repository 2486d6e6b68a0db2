using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Discord.Tests.Alerts;

/// <summary>A daily digest through the fake Discord API: one embed per message, split only at the description limit.</summary>
public sealed class DigestSendTests
{
    private const string Channel = "1400000000000000001";

    [Fact]
    public async Task SendAsync_DigestLongerThanOneEmbed_PartsWithinLimitsEachArticleOnceInOrder()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var sender = harness.Services.GetServices<IChatSender>().Single(s => s.Platform == "discord");
        var articles = Enumerable.Range(1, 40).Select(i => TestArticles.Article(
            id: i, title: $"Artikel nomor {i}", url: $"https://example.com/{i}",
            summary: $"Ringkasan artikel {i} tentang latihan bersama {new string('x', 150)} di Pekanbaru. Kalimat kedua tidak masuk.")).ToList();
        var post = new Post { DeliveryId = new DeliveryId(42), Address = ChannelAddress.ForDiscord(ulong.Parse(Channel, System.Globalization.CultureInfo.InvariantCulture)), Article = articles[0], Kind = DeliveryKind.Digest, Digest = articles };

        var outcome = await sender.SendAsync(post, default);
        while (outcome is SendOutcome.PartSent part)
        {
            outcome = await sender.SendAsync(post with { MessageId = part.MessageIds }, default);
        }

        var messages = harness.Fake.MessagesIn(Channel);
        Assert.True(messages.Count > 1);
        Assert.Equal(new SendOutcome.Delivered(string.Join(',', messages.Select(m => m.Id))), outcome);
        var descriptions = messages.Select(m => Assert.Single(m.Body["embeds"]!.AsArray())!["description"]!.GetValue<string>()).ToList();
        Assert.All(descriptions, d => Assert.True(d.Length <= 4096));
        Assert.All(descriptions.SkipLast(1), d => Assert.True(d.Length > 4096 - 400, "a part was split before the limit"));
        // One nonce per part: the delivery, the planned position the part starts at and the articles it holds.
        var nonces = messages.Select(m => m.Body["nonce"]!.GetValue<string>()).ToList();
        Assert.StartsWith("as42-0-", nonces[0], StringComparison.Ordinal);
        Assert.Equal(nonces.Count, nonces.Distinct().Count());
        var all = string.Join("\n", descriptions);
        var positions = articles.Select(a => all.IndexOf($"[{a.Title}](", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("Kalimat kedua", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_DigestOfAnIndonesianSubscription_TitleInIndonesian()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var sender = harness.Services.GetServices<IChatSender>().Single(s => s.Platform == "discord");
        var articles = Enumerable.Range(1, 3).Select(i => TestArticles.Article(id: i, title: $"Artikel {i}")).ToList();
        var post = new Post
        {
            DeliveryId = new DeliveryId(43), Address = ChannelAddress.ForDiscord(ulong.Parse(Channel, System.Globalization.CultureInfo.InvariantCulture)),
            Article = articles[0], Kind = DeliveryKind.Digest, Digest = articles, Language = "id",
        };

        var outcome = await sender.SendAsync(post, default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        var message = Assert.Single(harness.Fake.MessagesIn(Channel));
        Assert.Equal("Ringkasan harian: 3 artikel baru", Assert.Single(message.Body["embeds"]!.AsArray())!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_ArticleOfAPostedPartGrowsBeforeTheNextPart_EachArticleOnceInOrder()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var sender = harness.Services.GetServices<IChatSender>().Single(s => s.Platform == "discord");
        var articles = Enumerable.Range(1, 40).Select(i => TestArticles.Article(
            id: i, title: $"Artikel nomor {i}", url: $"https://example.com/{i}",
            summary: $"Ringkasan artikel {i} tentang latihan bersama {new string('x', 150)} di Pekanbaru.")).ToList();
        var post = new Post { DeliveryId = new DeliveryId(42), Address = ChannelAddress.ForDiscord(ulong.Parse(Channel, System.Globalization.CultureInfo.InvariantCulture)), Article = articles[0], Kind = DeliveryKind.Digest, Digest = articles };
        var outcome = await sender.SendAsync(post, default);

        // Part one is out; its articles get much longer summaries before the rest goes out.
        var grown = articles.Select(a => a.Id.Value <= 10 ? a with { Summary = $"Ringkasan panjang {new string('y', 900)} selesai." } : a).ToList();
        for (var calls = 0; outcome is SendOutcome.PartSent part && calls < 50; calls++)
        {
            outcome = await sender.SendAsync(post with { Digest = grown, MessageId = part.MessageIds }, default);
        }

        Assert.IsType<SendOutcome.Delivered>(outcome);
        var all = string.Join("\n", harness.Fake.MessagesIn(Channel).Select(m => Assert.Single(m.Body["embeds"]!.AsArray())!["description"]!.GetValue<string>()));
        var positions = articles.Select(a => all.IndexOf($"[{a.Title}](", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.All(articles, a => Assert.True(all.IndexOf($"[{a.Title}](", all.IndexOf($"[{a.Title}](", StringComparison.Ordinal) + 1, StringComparison.Ordinal) < 0, $"{a.Title} was posted twice"));
        Assert.Equal(positions.Order(), positions);
    }
}
