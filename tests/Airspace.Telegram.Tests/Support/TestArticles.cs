using Airspace.Core.Articles;

namespace Airspace.Telegram.Tests.Support;

/// <summary>Articles for tests: stored ones (for the sender) and drafts (for ingesting into a running bot).</summary>
public static class TestArticles
{
    public static readonly DateTimeOffset Published = new(2024, 1, 2, 8, 0, 0, TimeSpan.FromHours(7));

    public static Article Stored(long id = 1, string title = "Indonesia receives its first F-16 Viper", string? summary = null, string? url = "https://example.com/2024/01/02/f16-viper/", string? image = null) => new()
    {
        Id = new ArticleId(id),
        Source = "airspace-review.com",
        Url = url,
        Title = title,
        Body = "The Indonesian Air Force received its first F-16 Viper at Iswahjudi air base.",
        Language = "en",
        Published = Published,
        Categories = ["News", "Air Force"],
        ImageUrl = image,
        ContentHash = "hash-" + id,
        Summary = summary ?? "The Indonesian Air Force received its first F-16 Viper. The aircraft joins Squadron 3.",
        SummarizerVersion = "test",
        IngestedAt = Published,
    };

    /// <summary>A draft about <paramref name="topic"/> with enough text to summarise and to be found by search.</summary>
    public static ArticleDraft Draft(int n, string topic) => new()
    {
        Source = "example.com",
        ExternalId = "draft-" + n,
        Url = $"https://example.com/news/{n}/",
        Title = $"{topic} report number {n}",
        Text = $"The {topic} programme reached milestone {n} this week. Officials said the {topic} work stays on schedule. "
            + $"Engineers completed another round of {topic} tests at the base. The next review of the {topic} effort is planned for next month.",
        Published = Published.AddHours(n),
        Categories = ["News"],
        Language = "en",
    };
}
