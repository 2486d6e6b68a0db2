using Airspace.Core.Commands;

namespace Airspace.Core.Tests.Commands;

/// <summary>The one chat grammar (docs/commands.md) and the binding of named values, on the real declarations.</summary>
public sealed class CommandBinderTests
{
    private static readonly CommandDeclaration Pair = new()
    {
        Name = "pair",
        Description = new("pair.description", "Two positional parameters"),
        Parameters =
        [
            new CommandParameter { Name = "first", Type = ParameterType.Text, Description = new("pair.first", "One word"), Required = true },
            new CommandParameter { Name = "rest", Type = ParameterType.Text, Description = new("pair.rest", "The rest") },
            new CommandParameter { Name = "mode", Type = ParameterType.Choice, Description = new("pair.mode", "A mode"), Positional = false, Choices = ["fast", "slow"] },
        ],
    };

    [Theory]
    [InlineData("alpha beta  gamma ", "alpha", "beta  gamma")]
    [InlineData("\"kerja sama\" Su-57 \"F-16\"", "kerja sama", "Su-57 \"F-16\"")]
    [InlineData("“KF-21 Boramae”", "KF-21 Boramae", null)]
    [InlineData("  solo  ", "solo", null)]
    public void TryBindText_Words_FirstTakesAWordOrPhraseAndTheLastTakesTheRest(string text, string first, string? rest)
    {
        Assert.True(CommandBinder.TryBindText(Pair, text, out var arguments, out _));

        Assert.Equal(first, arguments.Text("first"));
        Assert.Equal(rest, arguments.Text("rest"));
        Assert.Null(arguments.Text("mode"));
    }

    [Fact]
    public void TryBindText_MissingRequired_IsTheUsageError()
    {
        Assert.False(CommandBinder.TryBindText(Pair, "   ", out _, out var error));

        Assert.Equal("Usage: /pair <first> [rest]", error);
    }

    [Theory]
    [InlineData("FAST", "fast")]
    [InlineData("medium", null)]
    public void TryBind_Choice_MatchesCaseInsensitivelyOrFails(string given, string? expected)
    {
        var bound = CommandBinder.TryBind(Pair, new Dictionary<string, object?> { ["first"] = "x", ["mode"] = given }, out var arguments, out _);

        Assert.Equal(expected is not null, bound);
        Assert.Equal(expected, bound ? arguments.Text("mode") : null);
    }

    [Theory]
    [InlineData("", 5)]
    [InlineData("3", 3)]
    [InlineData("02", 2)]
    [InlineData("10", 10)]
    public void TryBindText_LatestCount_BindsANumberInRange(string text, int expected)
    {
        Assert.True(CommandBinder.TryBindText(LatestCommand.Definition, text, out var arguments, out _));

        Assert.Equal(expected, arguments.Integer("count") ?? LatestCommand.DefaultCount);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData("2 3")]
    [InlineData("lots")]
    public void TryBindText_LatestBadCount_IsTheDeclaredUsageError(string text)
    {
        Assert.False(CommandBinder.TryBindText(LatestCommand.Definition, text, out _, out var error));

        Assert.Equal("Usage: /latest [n], where n is a number from 1 to 10.", error);
    }

    [Fact]
    public void TryBind_DiscordNumbers_AreTakenAsNumbers()
    {
        Assert.True(CommandBinder.TryBind(LatestCommand.Definition, new Dictionary<string, object?> { ["count"] = 3L }, out var arguments, out _));
        Assert.Equal(3, arguments.Integer("count"));
        Assert.False(CommandBinder.TryBind(LatestCommand.Definition, new Dictionary<string, object?> { ["count"] = 0L }, out _, out _));
    }

    [Fact]
    public void TryBindText_SubscribeKeywords_SplitsWordsAndQuotedPhrases()
    {
        Assert.True(CommandBinder.TryBindText(SubscribeCommand.Definition, "rafale,  \"kerja sama\" Su-57", out var arguments, out _));

        Assert.Equal(["rafale", "kerja sama", "Su-57"], arguments.Words("keywords"));
    }

    [Fact]
    public void TryBindText_SearchPage_IsNamedOnlySoTheWholeTextIsTheQuery()
    {
        Assert.True(CommandBinder.TryBindText(SearchCommand.Definition, "Su-57 2", out var arguments, out _));

        Assert.Equal("Su-57 2", arguments.Text("query"));
        Assert.Null(arguments.Integer("page"));
        Assert.Equal("<query>", SearchCommand.Definition.Usage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void TryBind_PageBelowOne_SaysPagesStartAtOne(int page)
    {
        Assert.False(CommandBinder.TryBind(SearchCommand.Definition, ReplyPaging.Request("Su-57", page), out _, out var error));

        Assert.Equal($"There is no page {page}: pages start at 1.", error);
    }

    [Fact]
    public void TryBind_PagePastTheDeepest_IsLeftForTheCommandToAnswer()
    {
        Assert.True(CommandBinder.TryBind(SearchCommand.Definition, ReplyPaging.Request("Su-57", 99), out var arguments, out _));

        Assert.Equal(99, arguments.Integer("page"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void TryBind_LimitOutOfRange_NamesTheOptionAndItsRange(int limit)
    {
        var values = new Dictionary<string, object?> { ["query"] = "Su-57", ["limit"] = limit };

        Assert.False(CommandBinder.TryBind(SearchCommand.Definition, values, out _, out var error));

        Assert.Equal("limit must be a number from 1 to 10.", error);
    }

    [Theory]
    [InlineData("source=antara F-16 \"kerja sama\"", new[] { "antara" }, new[] { "F-16", "kerja sama" })]
    [InlineData("F-16 source=antara,inbox Su-57", new[] { "antara", "inbox" }, new[] { "F-16", "Su-57" })]
    [InlineData("Source=antara source=inbox", new[] { "antara", "inbox" }, new string[0])]
    [InlineData("\"source=x\" rafale", new string[0], new[] { "source=x", "rafale" })]
    [InlineData("rafale", new string[0], new[] { "rafale" })]
    public void TryBindText_Subscribe_SourceWordsAnywhereAndKeywordsTheRest(string text, string[] sources, string[] keywords)
    {
        Assert.True(CommandBinder.TryBindText(SubscribeCommand.Definition, text, out var arguments, out _));

        Assert.Equal(sources, arguments.Words(SubscribeCommand.SourceParameter));
        Assert.Equal(keywords, arguments.Words("keywords"));
    }

    [Fact]
    public void Usage_Subscribe_ShowsTheKeyedSourceFirst()
    {
        Assert.Equal("[source=name,…] [digest=HH:MM] [quiet=HH:MM-HH:MM] [time_zone=zone] [language=en|id] [keywords…]", SubscribeCommand.Definition.Usage);
    }

    [Fact]
    public void TryBindText_SubscribeScheduleWords_TakenOutOfTheKeywordsForTheScheduleParser()
    {
        Assert.True(CommandBinder.TryBindText(SubscribeCommand.Definition, "F-16 digest=07:00 quiet=22:00-06:00 time_zone=Asia/Jakarta Rafale", out var arguments, out _));

        Assert.Equal(["F-16", "Rafale"], arguments.Words("keywords"));
        Assert.True(Airspace.Core.Schedules.ScheduleText.TryParse(
            arguments.Text("digest"), arguments.Text("quiet"), arguments.Text("time_zone"), out var change, out _));
        Assert.Equal(new TimeOnly(7, 0), change.Digest);
        Assert.Equal(new TimeOnly(6, 0), change.Quiet?.End);
        Assert.Equal("Asia/Jakarta", change.TimeZone);
    }
}
