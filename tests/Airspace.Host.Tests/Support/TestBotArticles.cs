using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Publishing;

namespace Airspace.Host.Tests.Support;

public static class TestBotArticles
{
    /// <summary>Ingests a short test article titled <paramref name="title"/> and plans its deliveries, as the publisher would.</summary>
    public static async Task<ArticleId> PublishAsync(this TestBot bot, string title)
    {
        var result = await bot.Get<ArticleIngestor>().IngestAsync(new ArticleDraft
        {
            Source = "test",
            ExternalId = title,
            Title = title,
            Text = $"{title} adalah berita uji. Pesawat tempur terbang di atas Jakarta pada hari Senin.",
        }, default);
        await bot.Get<DeliveryPlanner>().RunOnceAsync(default);
        return result.Outcome!.Value.Id;
    }
}
