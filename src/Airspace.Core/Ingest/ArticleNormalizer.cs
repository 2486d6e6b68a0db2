namespace Airspace.Core.Ingest;

/// <summary>
/// Turns a draft into a storable article: clean text, strip the site dateline and author tag (keeping the tag as the
/// author), derive a title when none is given, detect the language, summarise and hash.
/// </summary>
public sealed class ArticleNormalizer(ISummarizer summarizer, TimeProvider time)
{
    private const int MaxTitleLength = 300;

    /// <summary>The body as it is summarised and indexed: normalised, without dateline, author tag or related-article lines.</summary>
    public static BoilerplateResult CleanBody(string text) => SiteBoilerplate.Strip(TextNormalizer.Normalize(text));

    /// <summary>Null when nothing is left of the text after cleaning.</summary>
    public async Task<NewArticle?> NormalizeAsync(ArticleDraft draft, CancellationToken ct)
    {
        var cleaned = CleanBody(draft.Text);
        var body = cleaned.Body.Trim();
        if (body.Length == 0)
        {
            return null;
        }

        var title = CleanTitle(draft.Title) ?? TitleDeriver.Derive(body);
        var language = draft.Language is "id" or "en" ? draft.Language : LanguageDetector.Detect(title + "\n" + body);
        var summary = await summarizer.SummarizeAsync(new SummaryInput(title, body, language), ct).ConfigureAwait(false);
        return new NewArticle
        {
            Source = draft.Source,
            ExternalId = Blank(draft.ExternalId),
            Url = Blank(draft.Url),
            Title = title,
            Body = body,
            Language = language,
            Published = draft.Published ?? draft.Updated ?? time.GetUtcNow(),
            Updated = draft.Updated,
            Author = Blank(draft.Author) ?? cleaned.Author,
            Categories = draft.Categories.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            ImageUrl = Blank(draft.ImageUrl),
            ContentHash = ContentHash.Compute(body),
            Summary = summary.Text,
            SummarizerVersion = summary.SummarizerVersion,
            Quiet = draft.Quiet,
            Demo = draft.Demo,
            PublishedAssumed = draft.Published is null && draft.Updated is null,
        };
    }

    private static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var clean = TextNormalizer.Normalize(title).Replace('\n', ' ').Trim();
        return clean.Length <= MaxTitleLength ? clean : clean[..MaxTitleLength].TrimEnd() + "…";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
