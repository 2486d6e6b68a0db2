using Airspace.Core.Articles;
using Airspace.Core.Ingest;

namespace Airspace.Feeds.Files;

/// <summary>Reads an article file and ingests every article in it: the one import path of the inbox, the CLI and seeding.</summary>
public sealed class ArticleFileImporter(ArticleFileReader reader, ArticleIngestor ingestor)
{
    /// <param name="adjust">Optional change to each draft before it is ingested (e.g. a date only the caller knows).</param>
    public async Task<FileImportResult> ImportAsync(string path, Func<ArticleDraft, ArticleDraft>? adjust, CancellationToken ct)
    {
        IReadOnlyList<ArticleDraft> drafts;
        try
        {
            drafts = await reader.ReadAsync(path, ct).ConfigureAwait(false);
        }
        catch (ArticleFileException ex)
        {
            return new FileImportResult { FileError = ex.Reason, FileBusy = ex.InnerException is IOException };
        }

        var stored = new List<UpsertOutcome>();
        var refused = new List<string>();
        foreach (var draft in drafts)
        {
            var result = await ingestor.IngestAsync(adjust is null ? draft : adjust(draft), ct).ConfigureAwait(false);
            if (result.Outcome is { } outcome)
            {
                stored.Add(outcome);
            }
            else
            {
                refused.Add($"{draft.ExternalId ?? draft.Title ?? "an article"}: {result.Error}");
            }
        }

        return new FileImportResult { Stored = stored, Refused = refused };
    }
}
