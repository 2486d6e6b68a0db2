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
    public void Row_MiddlePage_HasPreviousAndNext()
    {
        var row = new SearchButtons(new FakeTimeProvider()).Row(new ReplyPaging("search", "F-16", 2, 3))!;

        Assert.Equal(["search:1:=F-16", "search:3:=F-16"], row.Components.Select(b => b.CustomId));
    }
}
