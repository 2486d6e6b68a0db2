namespace Airspace.Core.Ingest;

/// <summary>The one way articles enter the store: normalise and summarise, upsert, and wake the loops that follow the store.</summary>
public sealed class ArticleIngestor(
    ArticleNormalizer normalizer,
    IArticleStore store,
    StoreSignals signals,
    ILogger<ArticleIngestor> logger)
{
    public async Task<IngestResult> IngestAsync(ArticleDraft draft, CancellationToken ct)
    {
        var article = await normalizer.NormalizeAsync(draft, ct).ConfigureAwait(false);
        if (article is null)
        {
            CoreLog.ArticleRefused(logger, draft.Source, draft.ExternalId ?? draft.Url ?? "(no id)");
            return IngestResult.Refused("the article has no text after cleaning");
        }

        var outcome = await store.UpsertAsync(article, ct).ConfigureAwait(false);
        if (outcome.Kind != UpsertKind.Unchanged)
        {
            signals.Articles.Notify();
        }

        CoreLog.ArticleIngested(logger, outcome.Id.Value, outcome.Kind, article.Title);
        AirspaceMetrics.ArticleIngested(draft.Feed ?? InboxSource.Name, outcome.Kind);
        return new IngestResult(outcome, article.Title, null);
    }
}
