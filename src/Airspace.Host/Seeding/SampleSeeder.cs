using Airspace.Core.Articles;
using Airspace.Core.Subscriptions;
using Airspace.Feeds.Files;
using Airspace.Host.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Airspace.Host.Seeding;

/// <summary>
/// The demo: on the first run of a bot with no platform and no source configured (see <see cref="IDemoMode"/>), imports
/// into an empty store the IndoSum archive (searchable, never posted), subscribes the console channel, then imports the
/// Airspace Review sample, whose summary is therefore the first alert a new user sees, on the console. Every seeded
/// article carries the demo mark, so the store never posts it to a chat and hides it once a platform or a source is
/// configured, whatever order subscriptions and runs come in. Progress is kept in the "seed" cursor (1 = started,
/// 2 = done), and imports are idempotent, so a crash mid-way simply resumes.
/// </summary>
public sealed class SampleSeeder(
    IOptions<SeedOptions> options,
    IDemoMode demo,
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

        if (!await demo.IsActiveAsync(ct).ConfigureAwait(false))
        {
            // Not a demo run. Not marked done either: a later run without platform and source may still seed an empty store.
            HostLog.NotSeeding(logger);
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
        var archived = await ImportAsync(Path.Combine(folder, "indosum"), "*.plain.jsonl", Archive, ct).ConfigureAwait(false);
        if (seed.SubscribeConsole && await subscriptions.FindAsync(ChannelAddress.ConsoleChannel, ct).ConfigureAwait(false) is null)
        {
            await subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], backfill: 0, ct).ConfigureAwait(false);
        }

        var posted = await ImportAsync(Path.Combine(folder, "airspace"), "*.txt", Sample, ct).ConfigureAwait(false);
        await articles.SetCursorAsync(CursorName, Done, ct).ConfigureAwait(false);
        HostLog.Seeded(logger, archived, posted);
    }

    private async Task<int> ImportAsync(string folder, string pattern, Func<ArticleDraft, ArticleDraft> mark, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            var result = await importer.ImportAsync(file, mark, ct).ConfigureAwait(false);
            if (result.FileError is not null)
            {
                HostLog.SampleUnreadable(logger, $"{Path.GetFileName(file)}: {result.FileError}");
            }

            count += result.Stored.Count;
        }

        return count;
    }

    private static ArticleDraft Archive(ArticleDraft draft) => draft with { Demo = true, Quiet = true };

    private static ArticleDraft Sample(ArticleDraft draft) => draft with { Demo = true };
}
