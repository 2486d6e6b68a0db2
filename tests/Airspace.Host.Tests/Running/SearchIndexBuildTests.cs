using Airspace.Core.Articles;
using Airspace.Core.Commands;
using Airspace.Core.Search;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Running;

/// <summary>
/// Issue 14: a new replica (or a deleted index folder) builds its search index from the store at start; meanwhile
/// /search answers from what is indexed so far and says how far the build is, never a bare "No articles match".
/// The build is held after its first batch through <see cref="SearchIndexBuild.AfterBatch"/>, inside the real loop;
/// the bot's /search and the <c>airspace search</c> verb beside it both say so.
/// </summary>
public sealed class SearchIndexBuildTests : IDisposable
{
    private const int Articles = 5;
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Search_IndexFolderDeletedAndBeingRebuilt_AnswersWithProgressThenNormally()
    {
        var data = _temp.Combine("data");
        var settings = Settings(data);
        await using (var before = TestBot.Create(settings))
        {
            var store = before.Get<IArticleStore>();
            for (var i = 1; i < Articles; i++)
            {
                await store.UpsertAsync(Article($"Gripen E delivery number {i}"), default);
            }

            await store.UpsertAsync(Article("KF-21 Boramae first flight"), default);
            Assert.Equal(Articles, await before.Get<SearchIndexer>().CatchUpAsync(default));
        }

        // A new replica's data folder: no index (the store already has the articles and its old cursors).
        Directory.Delete(Path.Combine(data, "index"), recursive: true);
        await using var bot = TestBot.Create(settings);
        var build = bot.Get<SearchIndexBuild>();
        var (halfway, resume) = HoldAfterFirstBatch(build);
        await bot.StartAsync();

        Assert.Equal((2L, (long)Articles), await halfway.WaitAsync(TimeSpan.FromSeconds(60)));
        var partial = await SearchAsync(bot, "Gripen");
        var missing = await SearchAsync(bot, "Boramae");
        var cli = await Support.Cli.RunAsync(_temp.Path, "search", "Gripen", "--data", data);
        resume.SetResult();
        Assert.True(await Eventually.WaitUntilAsync(() => !build.IsBuilding));
        var whole = await SearchAsync(bot, "Gripen");
        var found = await SearchAsync(bot, "Boramae");

        Assert.Equal(2, partial.Articles.Count);
        Assert.Contains("The search index is still being built: 2 of 5 articles indexed", partial.Text, StringComparison.Ordinal);
        Assert.Empty(missing.Articles);
        Assert.Equal("Nothing found for “Boramae” yet: the search index is still being built (2 of 5 articles indexed). Try again in a moment.", missing.Text);
        Assert.DoesNotContain("No articles match", missing.Text, StringComparison.Ordinal);
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        Assert.Contains("The search index is still being built: 2 of 5 articles indexed", cli.Stdout, StringComparison.Ordinal);
        Assert.Equal(Articles - 1, whole.Articles.Count);
        Assert.DoesNotContain("being built", whole.Text, StringComparison.Ordinal);
        Assert.Single(found.Articles);
    }

    [Fact]
    public async Task Search_IndexBeingBuiltInIndonesian_SaysSoInIndonesian()
    {
        var data = _temp.Combine("data");
        var settings = Settings(data);
        settings["Airspace:Chat:Language"] = "id";
        await using var bot = TestBot.Create(settings);
        var store = bot.Get<IArticleStore>();
        for (var i = 1; i <= 3; i++)
        {
            await store.UpsertAsync(Article($"Gripen E delivery number {i}"), default);
        }

        var (halfway, resume) = HoldAfterFirstBatch(bot.Get<SearchIndexBuild>());
        await bot.StartAsync();
        await halfway.WaitAsync(TimeSpan.FromSeconds(60));

        var reply = await bot.Get<CommandRouter>().HandleAsync(
            new CommandContext { Channel = ChannelAddress.ConsoleChannel, Language = "id" }, "/search Boramae", default);
        resume.SetResult();

        Assert.Equal("Belum ada hasil untuk “Boramae”: indeks pencarian masih dibangun (2 dari 3 artikel sudah diindeks). Coba lagi sebentar lagi.", reply.Text);
    }

    [Fact]
    public async Task CatchUp_TwoReplicasOnOneStore_EachIndexFollowsFromItsOwnPosition()
    {
        await using var bot = TestBot.Create(Settings(_temp.Combine("data")));
        var store = bot.Get<IArticleStore>();
        await store.UpsertAsync(Article("Gripen E delivery number 1"), default);
        var first = bot.Get<SearchIndexer>();
        Assert.Equal(1, await first.CatchUpAsync(default));

        // A second replica: the same store, its own index folder.
        using var otherIndex = new Airspace.Search.LuceneSearchIndex(
            Microsoft.Extensions.Options.Options.Create(new Airspace.Search.SearchOptions { IndexPath = _temp.Combine("replica-2", "index") }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Airspace.Search.LuceneSearchIndex>.Instance);
        var second = new SearchIndexer(
            store, bot.Get<Core.State.IStateStore>(), otherIndex, bot.Get<Core.StoreSignals>(),
            bot.Get<Microsoft.Extensions.Options.IOptions<SearchIndexerOptions>>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndexer>.Instance);
        await store.UpsertAsync(Article("KF-21 Boramae first flight"), default);

        Assert.Equal(2, await second.CatchUpAsync(default));
        Assert.Equal(1, await first.CatchUpAsync(default));
        Assert.Equal(2, await otherIndex.CountAsync(default));
        Assert.Equal(2, await bot.Get<ISearchIndex>().CountAsync(default));
    }

    private static Dictionary<string, string?> Settings(string data)
    {
        var settings = TestHosts.FastLoops(data);
        settings["Airspace:Seed:Enabled"] = "false";
        settings["Airspace:Search:Indexer:BatchSize"] = "2";
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }

    private static Task<Reply> SearchAsync(TestBot bot, string query) =>
        bot.Get<CommandRouter>().HandleAsync(new CommandContext { Channel = ChannelAddress.ConsoleChannel }, "/search " + query, default);

    private static NewArticle Article(string title) => SearchIndexTests.Article(title);

    /// <summary>Holds the build after its first committed batch: the task completes with the progress then; completing <c>resume</c> lets it go on.</summary>
    private static (Task<(long Indexed, long Total)> Halfway, TaskCompletionSource Resume) HoldAfterFirstBatch(SearchIndexBuild build)
    {
        var halfway = new TaskCompletionSource<(long Indexed, long Total)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        build.AfterBatch = async (progress, ct) =>
        {
            if (halfway.TrySetResult(progress))
            {
                await resume.Task.WaitAsync(ct);
            }
        };
        return (halfway.Task, resume);
    }

    public void Dispose() => _temp.Dispose();
}
