using Airspace.Core.Articles;
using Airspace.Core.State;
using Airspace.Core.Subscriptions;
using Airspace.Feeds.Files;

namespace Airspace.Host.Seeding;

/// <summary>
/// The demo: on the first run of a bot with no platform and no source configured (see <see cref="IDemoMode"/>), imports
/// into an empty store the IndoSum archive (searchable, never posted), subscribes the console channel, then imports the
/// Airspace Review sample, whose summary is therefore the first alert a new user sees, on the console. Every seeded
/// article carries the demo mark, so the store never posts it to a chat and hides it once a platform or a source is
/// configured, whatever order subscriptions and runs come in. Progress is kept in <see cref="Progress"/>, and imports
/// are idempotent, so a crash mid-way simply resumes.
/// </summary>
public sealed class SampleSeeder(
    IOptions<SeedOptions> options,
    IDemoMode demo,
    IArticleStore articles,
    IStateStore state,
    ISubscriptionStore subscriptions,
    ArticleFileImporter importer,
    ILogger<SampleSeeder> logger)
{
    /// <summary>How far seeding went; stored as "seed" (1 started, 2 done).</summary>
    public static readonly StateKey<SeedProgress> Progress = StateKey.Enum<SeedProgress>("seed");

    public async Task SeedAsync(CancellationToken ct)
    {
        var seed = options.Value;
        var progress = await state.GetAsync(Progress, ct).ConfigureAwait(false);
        if (!seed.Enabled || progress >= SeedProgress.Done)
        {
            return;
        }

        if (progress == SeedProgress.NotStarted && await articles.CountAsync(ct).ConfigureAwait(false) > 0)
        {
            // An existing store is never seeded.
            await state.SetAsync(Progress, SeedProgress.Done, ct).ConfigureAwait(false);
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
            await state.SetAsync(Progress, SeedProgress.Done, ct).ConfigureAwait(false);
            return;
        }

        await state.SetAsync(Progress, SeedProgress.Started, ct).ConfigureAwait(false);
        var archived = await ImportAsync(Path.Combine(folder, "indosum"), "*.plain.jsonl", Archive, ct).ConfigureAwait(false);
        if (seed.SubscribeConsole && await subscriptions.FindAsync(ChannelAddress.ConsoleChannel, ct).ConfigureAwait(false) is null)
        {
            await subscriptions.AddAsync(ChannelAddress.ConsoleChannel, [], backfill: 0, ct).ConfigureAwait(false);
        }

        var posted = await ImportAsync(Path.Combine(folder, "airspace"), "*.txt", Sample, ct).ConfigureAwait(false);
        await state.SetAsync(Progress, SeedProgress.Done, ct).ConfigureAwait(false);
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
