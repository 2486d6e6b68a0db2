using Airspace.Core.Sources;
using Airspace.Feeds.Sources;
using Airspace.Feeds.Tests.Support;

namespace Airspace.Feeds.Tests.Polling;

/// <summary>The use case behind <c>sources add|remove|poll</c> (CLI) and <c>/sources add|remove|poll</c> (chat).</summary>
public sealed class SourceAdminTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly CancellationToken _ct = CancellationToken.None;
    private FakeWordPressSite _site = null!;
    private FeedPipeline _bot = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeWordPressSite.StartAsync(FakePost.Create(1, DateTimeOffset.UtcNow.AddDays(-1)));
        _bot = FeedPipeline.Create(_temp.Path, new Dictionary<string, string?>());
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _site.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task PollAllSoonAsync_SourceNotDue_PolledAtTheNextIteration()
    {
        await _bot.Get<ISourceStore>().AddAsync(TestSources.WordPress(_site.Root) with { Stored = true }, _ct);
        var loop = _bot.Get<SourcePollLoop>();
        await loop.RunOnceAsync(_ct);
        var afterFirst = _site.Server.Exchanges.Count;
        await loop.RunOnceAsync(_ct);
        Assert.Equal(afterFirst, _site.Server.Exchanges.Count);

        var count = await _bot.Get<ISourceAdmin>().PollAllSoonAsync(_ct);
        await loop.RunOnceAsync(_ct);

        Assert.Equal(1, count);
        Assert.True(_site.Server.Exchanges.Count > afterFirst);
        await loop.RunOnceAsync(_ct);
        Assert.Equal(afterFirst + 1, _site.Server.Exchanges.Count);
    }

    [Fact]
    public async Task AddAsync_LoopbackWithoutLocal_RefusedAndNothingFetchedOrSaved()
    {
        var result = await _bot.Get<ISourceAdmin>().AddAsync(new SourceAddRequest { Name = "review", Url = _site.Root.AbsoluteUri }, _ct);

        Assert.Equal(SourceAddFailure.RefusedAddress, result.Failure);
        Assert.Equal("a loopback", result.Detail);
        Assert.Empty(_site.Server.Exchanges);
        Assert.Empty(await _bot.Get<ISourceStore>().ListAsync(_ct));
    }

    [Fact]
    public async Task AddAsync_SameNameOtherCase_RefusedUnlessReplace()
    {
        var admin = _bot.Get<ISourceAdmin>();
        var first = await admin.AddAsync(new SourceAddRequest { Name = "review", Url = _site.ApiUrl.AbsoluteUri, Local = true }, _ct);

        var clash = await admin.AddAsync(new SourceAddRequest { Name = "REVIEW", Url = _site.ApiUrl.AbsoluteUri, Local = true }, _ct);
        var replaced = await admin.AddAsync(new SourceAddRequest { Name = "REVIEW", Url = _site.ApiUrl.AbsoluteUri, Local = true, Replace = true }, _ct);

        Assert.True(first.Added, first.Detail);
        Assert.Equal(SourceKind.WordPress, first.Source!.Kind);
        Assert.StartsWith("Found a WordPress REST API posts endpoint", first.Found, StringComparison.Ordinal);
        Assert.Equal(SourceAddFailure.NameTaken, clash.Failure);
        Assert.Equal("review", clash.Detail);
        Assert.True(replaced.Added, replaced.Detail);
        Assert.Equal("REVIEW", Assert.Single(await _bot.Get<ISourceStore>().ListAsync(_ct)).Name);
        Assert.Equal(SourceRemoveOutcome.Removed, await admin.RemoveAsync("review", _ct));
        Assert.Equal(SourceRemoveOutcome.NotFound, await admin.RemoveAsync("review", _ct));
    }
}
