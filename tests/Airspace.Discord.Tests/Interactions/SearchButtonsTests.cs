using Airspace.Core.Commands;
using Airspace.Discord.Rendering;
using Airspace.Testing.Host;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Discord.Tests.Interactions;

public sealed class SearchButtonsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task CustomId_LongQuery_FitsInOneHundredCharactersAndExpires()
    {
        var buttons = Buttons();
        var query = string.Concat(Enumerable.Repeat("\"kerja sama\" Su-57 🛩️ ", 10));

        var id = await buttons.CustomIdAsync("search", 3, query, default);

        Assert.True(id.Length <= 100, id);
        Assert.Equal(new PressedButton("search", 3, query), await buttons.ParseAsync(id, default));
        _time.Advance(SearchButtons.KeyLifetime);
        Assert.Equal(new PressedButton("search", 3, null), await buttons.ParseAsync(id, default));
    }

    [Fact]
    public async Task ParseAsync_LongQueryKeyAfterARestart_StillFindsTheQuery()
    {
        var query = "pesawat tempur generasi kelima " + new string('x', 100);
        var id = await Buttons().CustomIdAsync("search", 2, query, default);

        // A new process on the same store, as after a restart or on another replica behind the proxy.
        var pressed = await Buttons().ParseAsync(id, default);

        Assert.Equal(new PressedButton("search", 2, query), pressed);
    }

    [Fact]
    public async Task RowAsync_MiddlePage_HasPreviousAndNext()
    {
        var row = (await Buttons().RowAsync(new ReplyPaging("search", "F-16", 2, 3), default))!;

        Assert.Equal(["search:1:=F-16", "search:3:=F-16"], row.Components.Select(b => b.CustomId));
    }

    public void Dispose() => _temp.Dispose();

    private SearchButtons Buttons() => new(TestStores.PagingKeys(_temp.Path, _time), _time, NullLogger<SearchButtons>.Instance);
}
