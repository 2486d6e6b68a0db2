using Airspace.Core.Articles;
using Airspace.Core.Text;

namespace Airspace.Testing;

/// <summary>
/// Articles for tests, with every field filled by default (an Airspace Review story about the first F-16 Viper):
/// <see cref="Article"/> as the store returns one, <see cref="NewArticle"/> as an ingestor writes one, and
/// <see cref="Draft"/> as a source delivers one. Name only what a test is about.
/// </summary>
public static class TestArticles
{
    public const string DefaultTitle = "Indonesia menerima F-16 Viper pertama";
    public const string DefaultSource = "airspace-review.com";
    public const string DefaultUrl = "https://www.airspace-review.com/2024/01/02/f16-viper/";
    public const string DefaultImage = "https://www.airspace-review.com/images/f16.jpg";
    public const string DefaultAuthor = "Redaksi";
    public const string DefaultSummary = "TNI Angkatan Udara menerima pesawat tempur F-16 Viper pertama di Lanud Iswahjudi. Pesawat itu diterbangkan langsung dari Amerika Serikat.";

    private const string BodyText = "TNI Angkatan Udara menerima pesawat tempur F-16 Viper pertama di Lanud Iswahjudi, Madiun.";

    /// <summary>When the default article was published: 2 January 2024, 08:00 in Jakarta.</summary>
    public static readonly DateTimeOffset Published = new(2024, 1, 2, 8, 0, 0, TimeSpan.FromHours(7));

    public static readonly IReadOnlyList<string> DefaultCategories = ["Berita", "TNI AU"];

    /// <summary>
    /// A stored article. The body defaults to a sentence led by the title, the content hash follows the body (as the
    /// normaliser's does); <paramref name="url"/> and <paramref name="image"/> may be passed as null to leave them out.
    /// </summary>
    public static Article Article(
        long id = 1,
        string title = DefaultTitle,
        string? body = null,
        string? summary = null,
        string? url = DefaultUrl,
        string? image = DefaultImage,
        string source = DefaultSource,
        string language = "id",
        DateTimeOffset? published = null,
        IReadOnlyList<string>? categories = null,
        string? author = DefaultAuthor)
    {
        body ??= Body(title);
        var when = published ?? Published;
        return new Article
        {
            Id = new ArticleId(id),
            Source = source,
            Url = url,
            Title = title,
            Body = body,
            Language = language,
            Published = when,
            Author = author,
            Categories = categories ?? DefaultCategories,
            ImageUrl = image,
            ContentHash = ContentHash.Compute(body),
            Summary = summary ?? DefaultSummary,
            SummarizerVersion = "test",
            IngestedAt = when,
        };
    }

    /// <summary>An article ready to write to the store (no id, no URL unless given); the content hash follows the body.</summary>
    public static NewArticle NewArticle(
        string title = DefaultTitle,
        string? body = null,
        string source = DefaultSource,
        string? externalId = null,
        string? url = null,
        DateTimeOffset? published = null,
        IReadOnlyList<string>? categories = null,
        string? summary = null,
        string language = "id")
    {
        body ??= Body(title);
        return new NewArticle
        {
            Source = source,
            ExternalId = externalId,
            Url = url,
            Title = title,
            Body = body,
            Language = language,
            Published = published ?? Published,
            Author = DefaultAuthor,
            Categories = categories ?? DefaultCategories,
            ImageUrl = DefaultImage,
            ContentHash = ContentHash.Compute(body),
            Summary = summary ?? $"Ringkasan: {title}.",
            SummarizerVersion = "test",
        };
    }

    /// <summary>A draft (English) about <paramref name="topic"/> with enough text to summarise and to be found by search.</summary>
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

    private static string Body(string title) => $"{title}. {BodyText}";
}
