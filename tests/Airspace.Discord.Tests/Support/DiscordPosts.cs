using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Publishing;
using Airspace.Core.Search;
using Airspace.Core.Subscriptions;

namespace Airspace.Discord.Tests.Support;

/// <summary>Deliveries to Discord channels (of <see cref="TestArticles"/>' articles), and articles ingested into a harness's store.</summary>
public static class DiscordPosts
{
    public static Post Post(string channelId, long deliveryId = 42, Article? article = null, DeliveryKind kind = DeliveryKind.Post, string? messageId = null) => new()
    {
        DeliveryId = new DeliveryId(deliveryId),
        Address = ChannelAddress.Parse("discord:" + channelId),
        Article = article ?? TestArticles.Article(),
        Kind = kind,
        MessageId = messageId,
    };

    /// <summary>Ingests <paramref name="count"/> articles whose titles start with <paramref name="prefix"/>, and indexes them.</summary>
    public static async Task IngestAsync(DiscordHarness harness, int count, string prefix = "Pesawat tempur")
    {
        var ingestor = harness.Get<ArticleIngestor>();
        for (var i = 1; i <= count; i++)
        {
            await ingestor.IngestAsync(new ArticleDraft
            {
                Source = "airspace-review.com",
                Url = $"https://www.airspace-review.com/2024/01/{i:00}/{prefix.Replace(' ', '-').ToLowerInvariant()}-{i}/",
                Title = $"{prefix} {i} tiba di Lanud Iswahjudi",
                Text = $"{prefix} nomor {i} tiba di Lanud Iswahjudi, Madiun, pada hari Selasa. Pesawat itu memperkuat Skadron Udara 3. Kepala Staf TNI AU menyambut kedatangannya.",
                Published = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddDays(i),
                Categories = ["Berita"],
            }, default);
        }

        await harness.Get<SearchIndexer>().CatchUpAsync(default);
    }
}
