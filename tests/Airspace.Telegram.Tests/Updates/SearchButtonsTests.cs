using System.Text;
using Airspace.Core.Commands;
using Airspace.Telegram.Commands;
using Airspace.Testing.Host;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Telegram.Tests.Updates;

public sealed class SearchButtonsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new();
    private readonly SearchButtons _buttons;

    public SearchButtonsTests() => _buttons = Buttons();

    [Fact]
    public async Task Encode_ShortQuery_RidesInTheButtonAndDecodes()
    {
        var data = await _buttons.EncodeAsync("Su-57 \"kerja sama\"", 3, default);

        Assert.Equal("s:3:Su-57 \"kerja sama\"", data);
        Assert.Equal(("Su-57 \"kerja sama\"", 3), await _buttons.DecodeAsync(data, default));
    }

    [Fact]
    public async Task Encode_LongQuery_KeyFitsIn64BytesAndDecodesUntilExpired()
    {
        var longQuery = string.Concat(Enumerable.Repeat("pesawat tempur ✈ ", 20));

        var data = await _buttons.EncodeAsync(longQuery, 12, default);

        Assert.True(Encoding.UTF8.GetByteCount(data) <= 64);
        Assert.Equal((longQuery, 12), await _buttons.DecodeAsync(data, default));
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Null(await _buttons.DecodeAsync(data, default));
    }

    [Fact]
    public async Task Decode_LongQueryKeyInAnotherProcessOnTheSameStore_FindsTheQuery()
    {
        var longQuery = string.Concat(Enumerable.Repeat("kerja sama pertahanan ", 5));
        var data = await _buttons.EncodeAsync(longQuery, 2, default);

        Assert.Equal((longQuery, 2), await Buttons().DecodeAsync(data, default));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x:1:abc")]
    [InlineData("s:0:abc")]
    [InlineData("s:two:abc")]
    [InlineData("k:1:unknownkey")]
    [InlineData("k:1:unknownkey12")]
    public async Task Decode_ForeignOrBrokenData_ReturnsNull(string? data)
    {
        Assert.Null(await _buttons.DecodeAsync(data, default));
    }

    [Fact]
    public async Task Keyboard_MiddlePage_HasPrevAndNext()
    {
        var keyboard = await _buttons.KeyboardAsync(new ReplyPaging("search", "f-16", 2, 3), default);

        var row = Assert.Single(keyboard!.InlineKeyboard);
        Assert.Equal(["‹ Prev", "Next ›"], row.Select(b => b.Text));
        Assert.Equal(["s:1:f-16", "s:3:f-16"], row.Select(b => b.CallbackData));
        Assert.Null(await _buttons.KeyboardAsync(new ReplyPaging("search", "f-16", 1, 1), default));
    }

    public void Dispose() => _temp.Dispose();

    private SearchButtons Buttons() => new(
        TestStores.PagingKeys(_temp.Path, _time),
        Options.Create(new TelegramOptions { SearchButtonLifetime = TimeSpan.FromHours(1) }),
        _time,
        NullLogger<SearchButtons>.Instance);
}
