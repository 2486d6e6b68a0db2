using Airspace.Core.Commands;
using Airspace.Discord.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Discord.Tests.Interactions;

public sealed class SearchButtonsTests
{
    [Fact]
    public void CustomId_LongQuery_FitsInOneHundredCharactersAndExpires()
    {
        var time = new FakeTimeProvider();
        var buttons = new SearchButtons(time);
        var query = string.Concat(Enumerable.Repeat("\"kerja sama\" Su-57 🛩️ ", 10));

        var id = buttons.CustomId("search", 3, query);

        Assert.True(id.Length <= 100, id);
        Assert.True(buttons.TryParse(id, out var command, out var page, out var parsed));
        Assert.Equal(("search", 3, query), (command, page, parsed));
        time.Advance(SearchButtons.KeyLifetime);
        Assert.True(buttons.TryParse(id, out _, out _, out var expired));
        Assert.Null(expired);
    }

    [Fact]
    public void CustomId_MoreLongQueriesThanTheCapWithinTheirLifetime_OldestEvictedNewestKept()
    {
        var buttons = new SearchButtons(new FakeTimeProvider());
        var first = buttons.CustomId("search", 2, LongQuery(0));

        // 10 000 is the cap: one more long query than that, none of them expired.
        var ids = Enumerable.Range(1, 10_000).Select(i => buttons.CustomId("search", 2, LongQuery(i))).ToList();

        Assert.True(buttons.TryParse(first, out _, out _, out var evicted));
        Assert.Null(evicted);
        Assert.True(buttons.TryParse(ids[^1], out _, out _, out var newest));
        Assert.Equal(LongQuery(10_000), newest);
        Assert.True(buttons.TryParse(ids[0], out _, out _, out var second));
        Assert.Equal(LongQuery(1), second);
    }

    [Fact]
    public void Row_MiddlePage_HasPreviousAndNext()
    {
        var row = new SearchButtons(new FakeTimeProvider()).Row(new ReplyPaging("search", "F-16", 2, 3))!;

        Assert.Equal(["search:1:=F-16", "search:3:=F-16"], row.Components.Select(b => b.CustomId));
    }

    private static string LongQuery(int n) => $"\"kerja sama pertahanan\" Su-57 {n} " + new string('x', 100);
}
