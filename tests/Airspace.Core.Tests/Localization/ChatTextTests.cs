using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Airspace.Core.Commands;
using Airspace.Core.Localization;

namespace Airspace.Core.Tests.Localization;

/// <summary>Every chat text exists in English and Indonesian, and every key the code asks for exists.</summary>
public sealed partial class ChatTextTests
{
    /// <summary>Every command's declaration, as the router lists them (help first).</summary>
    public static IReadOnlyList<CommandDeclaration> Declarations =>
    [
        new CommandRouter([]).Declarations.Single(),
        LatestCommand.Definition, SearchCommand.Definition, SummaryCommand.Definition, SubscribeCommand.Definition,
        UnsubscribeCommand.Definition, SubscriptionsCommand.Definition, SourcesCommand.Definition,
    ];

    [Fact]
    public void Resources_EnglishAndIndonesian_HoldTheSameKeysWithText()
    {
        var english = ChatText.All(ChatLanguage.English);
        var indonesian = ChatText.All(ChatLanguage.Indonesian);

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(indonesian.Keys));
        Assert.Empty(indonesian.Keys.Except(english.Keys));
        Assert.All(english.Concat(indonesian), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), text.Key));
    }

    [Fact]
    public void Resources_EveryText_HasTheSamePlaceholdersInBothLanguages()
    {
        var indonesian = ChatText.All(ChatLanguage.Indonesian);

        foreach (var (key, english) in ChatText.All(ChatLanguage.English))
        {
            Assert.True(Placeholders(english).SetEquals(Placeholders(indonesian[key])), $"{key}: \"{english}\" / \"{indonesian[key]}\"");
        }
    }

    [Fact]
    public void Declarations_EveryLocalText_IsInBothLanguagesAndItsEnglishMatches()
    {
        var english = ChatText.All(ChatLanguage.English);
        var indonesian = ChatText.All(ChatLanguage.Indonesian);
        var texts = Declarations.SelectMany(d => new[] { d.Description, d.UsageError }.Concat(d.Parameters.Select(p => p.Description))).OfType<LocalText>();

        foreach (var text in texts)
        {
            Assert.True(english.TryGetValue(text.Key, out var resource), $"{text.Key} is not in ChatText.resx");
            Assert.Equal(text.English, resource);
            Assert.True(indonesian.ContainsKey(text.Key), $"{text.Key} is not in ChatText.id.resx");
        }
    }

    [Fact]
    public void Declarations_EveryParameterAndChoice_HasALocalizedName()
    {
        var keys = ChatText.All(ChatLanguage.Indonesian);

        foreach (var parameter in Declarations.SelectMany(d => d.Parameters))
        {
            Assert.True(keys.ContainsKey("option." + parameter.Name), $"option.{parameter.Name} is missing");
            Assert.All(parameter.ChoiceNames is null ? [] : parameter.Choices, c => Assert.True(keys.ContainsKey(parameter.ChoiceNames + "." + c), $"{parameter.ChoiceNames}.{c} is missing"));
        }
    }

    [Fact]
    public void Code_EveryKeyItAsksFor_IsInTheResources()
    {
        var keys = ChatText.All(ChatLanguage.English);
        var asked = Directory.EnumerateFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(line => line.Contains("ChatText.", StringComparison.Ordinal))
            .SelectMany(line => KeyLiteral().Matches(line).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToArray();

        Assert.Contains("search.none", asked);
        // A literal passed to ChatText.Count names a .one/.other pair.
        Assert.All(asked, key => Assert.True(keys.ContainsKey(key) || (keys.ContainsKey(key + ".one") && keys.ContainsKey(key + ".other")), $"\"{key}\" is asked for but not in ChatText.resx"));
    }

    [Theory]
    [InlineData("id", "id")]
    [InlineData("id-ID", "id")]
    [InlineData("in", "id")]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("en_GB", "en")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Match_Tag_GivesTheSupportedLanguage(string? tag, string? expected) =>
        Assert.Equal(expected, ChatLanguage.Match(tag));

    [Theory]
    [InlineData("en", new[] { "fr", "id" }, "id")]
    [InlineData("id", new[] { "fr", null }, "id")]
    [InlineData("en", new[] { "en-GB", "id" }, "en")]
    [InlineData("en", new string?[0], "en")]
    public void Choose_FirstSupportedTag_ElseTheFallback(string fallback, string?[] tags, string expected) =>
        Assert.Equal(expected, ChatLanguage.Choose(fallback, tags));

    [Fact]
    public void Get_InIndonesian_ReturnsIndonesianAndRestoresTheCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        using (ChatLanguage.Use(ChatLanguage.Indonesian))
        {
            Assert.Equal("Berikutnya", ChatText.Get("button.next"));
            Assert.Equal("3 hasil", ChatText.Count(3, "search.results"));
        }

        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
        Assert.Equal("Next", ChatText.In(ChatLanguage.English, "button.next"));
        Assert.Equal("Sebelumnya", ChatText.In(ChatLanguage.Indonesian, "button.previous"));
    }

    [Theory]
    [InlineData("en", null)]
    [InlineData("id", null)]
    [InlineData("fr", "Airspace:Chat:Language must be en or id; \"fr\" is not one.")]
    [InlineData("ID", "Airspace:Chat:Language must be en or id; \"ID\" is not one.")]
    public void Validate_Language_OneSentenceNamingTheKey(string language, string? expected) =>
        Assert.Equal(expected, new ChatLanguageOptions { Language = language }.Validate());

    [Fact]
    public async Task HandleAsync_ContextLanguageId_RouterAndBinderAnswerInIndonesian()
    {
        var router = new CommandRouter([]);
        var context = new CommandContext { Channel = Airspace.Core.Subscriptions.ChannelAddress.ConsoleChannel, Language = ChatLanguage.Indonesian };

        var unknown = await router.HandleAsync(context, "/nope", default);
        var english = await router.HandleAsync(context with { Language = null }, "/nope", default);

        Assert.Equal("Perintah /nope tidak dikenal. Coba /help.", unknown.Text);
        Assert.Equal("Unknown command /nope. Try /help.", english.Text);
    }

    [Fact]
    public void TryBindText_UnknownLanguageChoice_NamesTheChoices()
    {
        Assert.False(CommandBinder.TryBindText(SubscribeCommand.Definition, "language=fr rafale", out _, out var error));
        Assert.True(CommandBinder.TryBindText(SubscribeCommand.Definition, "rafale language=ID", out var bound, out _));

        Assert.Equal("language must be one of: en, id.", error);
        Assert.Equal("id", bound.Text(SubscribeCommand.LanguageParameter));
        Assert.Equal(["rafale"], bound.Words("keywords"));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src"));

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>A dotted lower-camel literal such as "search.none" or "discord.missingPermissions.one".</summary>
    [GeneratedRegex("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"")]
    private static partial Regex KeyLiteral();
}
