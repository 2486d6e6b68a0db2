using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Subscriptions;
using Airspace.Feeds.Files;
using Airspace.Host.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Airspace.Host.Seeding;

/// <summary>
/// First run on an empty store: imports the IndoSum demo archive (searchable, not posted), subscribes the console
/// channel, then imports the Airspace Review sample — whose summary is therefore the first alert a new user sees.
/// Progress is kept in the "seed" cursor (1 = started, 2 = done), and imports are idempotent, so a crash mid-way
/// simply resumes.
/// </summary>
public sealed class SampleSeeder(
    IOptions<SeedOptions> options,
    IArticleStore articles,
    ISubscriptionStore subscriptions,
    ArticleFileImporter importer,
    ILogger<SampleSeeder> logger)
{
    public const string CursorName = "seed";
    private const long Started = 1;
    private const long Done = 2;

    public async Task SeedAsync(CancellationToken ct)
    {
        var seed = options.Value;
        var state = await articles.GetCursorAsync(CursorName, ct).ConfigureAwait(false);
        if (!seed.Enabled || state >= Done)
        {
            return;
        }

        if (state == 0 && await articles.CountAsync(ct).ConfigureAwait(false) > 0)
        {
            // An existing store is never seeded.
            await articles.SetCursorAsync(CursorName, Done, ct).ConfigureAwait(false);
            return;
        }

        var folder = seed.ResolvedSamplesDirectory;
        if (!Directory.Exists(folder))
        {
            HostLog.SamplesMissing(logger, folder);
            await articles.SetCursorAsync(CursorName, Done, ct).ConfigureAwait(false);
            return;
        }

        await articles.SetCursorAsync(CursorName, Started, ct).ConfigureAwait(false);
        var archived = await ImportAsync(Path.Combine(folder, "indosum"), "*.plain.jsonl", ct).ConfigureAwait(false);
        if (seed.SubscribeConsole && await subscriptions.FindAsync(ChannelAddress.ConsoleChannel, ct).ConfigureAwait(false) is null)
        {
            await subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], backfill: 0, ct).ConfigureAwait(false);
        }

        var posted = await ImportAsync(Path.Combine(folder, "airspace"), "*.txt", ct).ConfigureAwait(false);
        await articles.SetCursorAsync(CursorName, Done, ct).ConfigureAwait(false);
        HostLog.Seeded(logger, archived, posted);
    }

    private async Task<int> ImportAsync(string folder, string pattern, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            var result = await importer.ImportAsync(file, WithIndoSumDate, ct).ConfigureAwait(false);
            if (result.FileError is not null)
            {
                HostLog.SampleUnreadable(logger, $"{Path.GetFileName(file)}: {result.FileError}");
            }

            count += result.Stored.Count;
        }

        return count;
    }

    /// <summary>IndoSum ids start with the article's Unix time ("1490674536-mustahil-…"); use it so /latest orders them truly.</summary>
    private static ArticleDraft WithIndoSumDate(ArticleDraft draft)
    {
        var id = draft.ExternalId;
        if (draft.Published is not null || id is null || id.Length < 11 || id[10] != '-'
            || !long.TryParse(id.AsSpan(0, 10), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return draft;
        }

        return draft with { Published = DateTimeOffset.FromUnixTimeSeconds(seconds) };
    }
}
