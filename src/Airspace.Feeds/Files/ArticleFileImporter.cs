using Airspace.Core.Articles;
using Airspace.Core.Ingest;

namespace Airspace.Feeds.Files;

/// <summary>Reads an article file and ingests every article in it: the one import path of the inbox, the CLI and seeding.</summary>
public sealed class ArticleFileImporter(ArticleFileReader reader, ArticleIngestor ingestor)
{
    /// <param name="adjust">Optional change to each draft before it is ingested (e.g. a date only the caller knows).</param>
    /// <param name="followLink">Follow a symbolic link: only for a file the operator named (never inside the inbox or a walked folder).</param>
    public async Task<FileImportResult> ImportAsync(string path, Func<ArticleDraft, ArticleDraft>? adjust, CancellationToken ct, bool followLink = false)
    {
        var stored = new List<UpsertOutcome>();
        var refused = new List<string>();
        var notices = new List<string>();
        try
        {
            // Article by article: a large JSON Lines file is never held in memory whole.
            await foreach (var entry in reader.ReadEntriesAsync(path, followLink, ct).ConfigureAwait(false))
            {
                if (entry.Notice is { } notice)
                {
                    notices.Add(notice);
                }

                if (entry.Draft is not { } draft)
                {
                    refused.Add(entry.Error ?? "an article was refused");
                    continue;
                }

                var result = await ingestor.IngestAsync(adjust is null ? draft : adjust(draft), ct).ConfigureAwait(false);
                if (result.Outcome is { } outcome)
                {
                    stored.Add(outcome);
                }
                else
                {
                    refused.Add($"{entry.Name ?? draft.ExternalId ?? draft.Title ?? "an article"}: {result.Error}");
                }
            }
        }
        catch (ArticleFileException ex)
        {
            return new FileImportResult { Stored = stored, Refused = refused, Notices = notices, FileError = ex.Reason, FileBusy = ex.InnerException is IOException };
        }

        return new FileImportResult { Stored = stored, Refused = refused, Notices = notices };
    }
}
