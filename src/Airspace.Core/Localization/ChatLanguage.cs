using System.Globalization;
using Airspace.Core.Publishing;

namespace Airspace.Core.Localization;

/// <summary>
/// The languages the bot speaks in chat: English (the neutral resources) and Indonesian. Picks one from what a
/// platform says about the user (Discord's <c>locale</c>, Telegram's <c>language_code</c>) and makes it the current UI
/// culture, which <see cref="ChatText"/> reads (docs/commands.md, "Language").
/// </summary>
public static class ChatLanguage
{
    public const string English = "en";

    public const string Indonesian = "id";

    public static IReadOnlyList<string> Supported { get; } = [English, Indonesian];

    /// <summary>
    /// The supported language of a BCP 47 tag (<c>id</c>, <c>id-ID</c>, <c>en-US</c>, <c>en_GB</c>; the old
    /// Indonesian code <c>in</c> too); null for a language the bot does not speak and for none.
    /// </summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            English => English,
            Indonesian or "in" => Indonesian,
            _ => null,
        };
    }

    /// <summary>The first of <paramref name="tags"/> the bot speaks (e.g. the user's, then the server's), else <paramref name="fallback"/>.</summary>
    public static string Choose(string fallback, params string?[] tags) =>
        tags.Select(Match).FirstOrDefault(l => l is not null) ?? Match(fallback) ?? English;

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(Match(language) ?? English);

    /// <summary>
    /// Makes <paramref name="language"/> the current UI culture until disposed (it flows into awaited calls, and an
    /// async method's change ends with it anyway). Everything <see cref="ChatText"/> renders meanwhile is in it.
    /// </summary>
    public static IDisposable Use(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture(language);
        return new Restore(previous);
    }

    /// <summary>
    /// An alert's or digest's labels: the subscription's language (<see cref="Post.Language"/>), else
    /// <c>Airspace:Chat:Language</c>; disposing restores the previous language.
    /// </summary>
    public static IDisposable UseFor(Post post, ChatLanguageOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(defaults);
        return Use(post.Language ?? defaults.Language);
    }

    /// <summary>The language <see cref="Use"/> set: English unless Indonesian is current.</summary>
    public static string Current => Match(CultureInfo.CurrentUICulture.Name) ?? English;

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
