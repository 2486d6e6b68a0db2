using System.Text;
using Airspace.Core.Commands;
using Airspace.Telegram.Commands;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Telegram.Tests.Updates;

public sealed class SearchButtonsTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly SearchButtons _buttons;

    public SearchButtonsTests() => _buttons = new SearchButtons(Options.Create(new TelegramOptions { SearchButtonLifetime = TimeSpan.FromHours(1) }), _time);

    [Fact]
    public void Encode_ShortQuery_RidesInTheButtonAndDecodes()
    {
        var data = _buttons.Encode("Su-57 \"kerja sama\"", 3);

        Assert.Equal("s:3:Su-57 \"kerja sama\"", data);
        Assert.True(_buttons.TryDecode(data, out var query, out var page));
        Assert.Equal(("Su-57 \"kerja sama\"", 3), (query, page));
    }

    [Fact]
    public void Encode_LongQuery_KeyFitsIn64BytesAndDecodesUntilExpired()
    {
        var longQuery = string.Concat(Enumerable.Repeat("pesawat tempur ✈ ", 20));

        var data = _buttons.Encode(longQuery, 12);

        Assert.True(Encoding.UTF8.GetByteCount(data) <= 64);
        Assert.True(_buttons.TryDecode(data, out var query, out var page));
        Assert.Equal((longQuery, 12), (query, page));
        _time.Advance(TimeSpan.FromHours(2));
        Assert.False(_buttons.TryDecode(data, out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x:1:abc")]
    [InlineData("s:0:abc")]
    [InlineData("s:two:abc")]
    [InlineData("k:1:unknownkey")]
    public void TryDecode_ForeignOrBrokenData_ReturnsFalse(string? data)
    {
        Assert.False(_buttons.TryDecode(data, out _, out _));
    }

    [Fact]
    public void Keyboard_MiddlePage_HasPrevAndNext()
    {
        var keyboard = _buttons.Keyboard(new ReplyPaging("search", "f-16", 2, 3));

        var row = Assert.Single(keyboard!.InlineKeyboard);
        Assert.Equal(["‹ Prev", "Next ›"], row.Select(b => b.Text));
        Assert.Equal(["s:1:f-16", "s:3:f-16"], row.Select(b => b.CallbackData));
        Assert.Null(_buttons.Keyboard(new ReplyPaging("search", "f-16", 1, 1)));
    }
}
