using Airspace.Core.Articles;
using Airspace.Core.Search;
using Airspace.Core.State;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Running;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task CatchUp_IndexBuiltByOlderSchema_RebuildsFromStore()
    {
        await using var bot = TestBot.Create(TestBot.Settings(_temp.Combine("data"), Samples.AirspaceOnly(_temp)));
        await bot.Get<Seeding.SampleSeeder>().SeedAsync(default);
        var indexer = bot.Get<SearchIndexer>();
        Assert.Equal(1, await indexer.CatchUpAsync(default));
        Assert.Equal(0, await indexer.CatchUpAsync(default));

        // An upgrade: the index on disk was built by schema 1 (its position, kept in the index, says so).
        var position = await bot.Get<ISearchIndex>().ReadPositionAsync(default);
        await bot.Get<ISearchIndex>().WritePositionAsync(position! with { Schema = 1 }, default);
        var upgraded = new SearchIndexer(
            bot.Get<IArticleStore>(), bot.Get<IStateStore>(), bot.Get<ISearchIndex>(), bot.Get<Core.StoreSignals>(),
            bot.Get<Microsoft.Extensions.Options.IOptions<SearchIndexerOptions>>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndexer>.Instance);

        Assert.Equal(1, await upgraded.CatchUpAsync(default));
        Assert.Equal(bot.Get<ISearchIndex>().SchemaVersion, (await bot.Get<ISearchIndex>().ReadPositionAsync(default))!.Schema);
        Assert.Single((await bot.Get<ISearchIndex>().SearchAsync(new SearchQuery("Su-57") { IncludeDemo = true }, default)).Hits);
    }

    [Fact]
    public async Task CliImportAndSearch_WhileBotHoldsTheIndex_AnswerWithoutError()
    {
        var data = _temp.Combine("data");
        await using var bot = await TestBot.StartAsync(TestBot.Settings(data, Samples.AirspaceOnly(_temp)));
        Assert.True(await Eventually.WaitUntilAsync(async () => (await bot.Get<ISearchIndex>().CountAsync(default)) == 1));
        var article = _temp.Combine("su35.md");
        await File.WriteAllTextAsync(article, "---\ntitle: Su-35 tiba di Kemayoran\n---\nPesawat tempur Su-35 mendarat di Kemayoran untuk pameran dirgantara. Pesawat itu terbang dari Rusia.\n");

        var import = await Support.Cli.RunAsync(_temp.Path, "import", article, "--data", data);
        var search = await Support.Cli.RunAsync(_temp.Path, "search", "Su-57", "--data", data);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("", import.Stderr);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains(Samples.SeedTitleStart, search.Stdout, StringComparison.Ordinal);
        // The bot's own indexer picks up the CLI's article.
        Assert.True(await Eventually.WaitUntilAsync(async () => (await bot.Get<ISearchIndex>().CountAsync(default)) == 2));
    }

    [Fact]
    public async Task IndexRebuild_WhileBotHoldsTheIndex_RefusesAndLeavesIndexIntact()
    {
        var data = _temp.Combine("data");
        await using var bot = await TestBot.StartAsync(TestBot.Settings(data, Samples.AirspaceOnly(_temp)));
        Assert.True(await Eventually.WaitUntilAsync(async () => (await bot.Get<ISearchIndex>().CountAsync(default)) == 1));

        var rebuild = await Support.Cli.RunAsync(_temp.Path, "index", "rebuild", "--data", data);

        Assert.Equal(1, rebuild.ExitCode);
        Assert.Contains("in use by another process", rebuild.Stderr, StringComparison.Ordinal);
        // The bot keeps writing and searching a healthy index.
        var inbox = Path.Combine(data, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "kf21.md"), "---\ntitle: KF-21 Boramae terbang perdana\n---\nPesawat tempur KF-21 Boramae melakukan terbang perdana di Sacheon. Indonesia ikut dalam program itu.\n");
        Assert.True(await Eventually.WaitUntilAsync(async () => (await bot.Get<ISearchIndex>().CountAsync(default)) == 2));
        Assert.Single((await bot.Get<ISearchIndex>().SearchAsync(new SearchQuery("KF-21"), default)).Hits);
    }

    [Fact]
    public async Task CatchUp_ArticleUnderAnIdDeletedEarlierInTheBatch_StaysSearchable()
    {
        var data = _temp.Combine("data");
        await using var bot = TestBot.Create(TestBot.Settings(data, Samples.AirspaceOnly(_temp)));
        var store = bot.Get<IArticleStore>();
        var indexer = bot.Get<SearchIndexer>();
        var demo = await store.UpsertAsync(Article("Demo sample about the Su-57", demo: true), default);
        await indexer.CatchUpAsync(default);
        await store.RemoveDemoAsync(default);
        var real = await store.UpsertAsync(Article("KF-21 Boramae first flight", demo: false), default);

        // A store written before ids stopped being reused: the new article took the deleted demo's id.
        await RawSql.ExecuteAsync(
            Path.Combine(data, "airspace.db"),
            "UPDATE articles SET id = $to WHERE id = $from; UPDATE article_events SET article_id = $to WHERE article_id = $from;",
            ("$from", real.Id.Value), ("$to", demo.Id.Value));
        await indexer.CatchUpAsync(default);

        var hit = Assert.Single((await bot.Get<ISearchIndex>().SearchAsync(new SearchQuery("KF-21"), default)).Hits);
        Assert.Equal(demo.Id, hit.ArticleId);
        Assert.Empty((await bot.Get<ISearchIndex>().SearchAsync(new SearchQuery("Su-57") { IncludeDemo = true }, default)).Hits);
    }

    internal static NewArticle Article(string title, bool demo = false) => new()
    {
        Source = "test",
        Url = "https://example.test/" + Uri.EscapeDataString(title),
        Title = title,
        Body = $"{title}. The story in a few words for the index.",
        Language = "en",
        Published = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero),
        ContentHash = title,
        Summary = title,
        SummarizerVersion = "test",
        Demo = demo,
    };

    public void Dispose() => _temp.Dispose();
}
