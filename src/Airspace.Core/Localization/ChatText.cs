using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airspace.Core.Localization;

/// <summary>
/// The chat's texts from the resources next to this file (<c>ChatText.resx</c>: English, the neutral language;
/// <c>ChatText.id.resx</c>: Indonesian), through <see cref="IStringLocalizer"/>, in the current UI culture
/// (<see cref="ChatLanguage.Use"/>). Static, like the renderers that use it: the resources never change while the
/// process runs. A test checks both files hold the same keys and every key the code asks for.
/// </summary>
public static class ChatText
{
    private static readonly IStringLocalizer Localizer =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(ChatText));

    /// <summary>The text of <paramref name="key"/> in the current language; the key itself when it is missing (a test forbids that).</summary>
    public static string Get(string key) => Localizer[key].Value;

    /// <summary>The text of <paramref name="key"/> in the current language; <paramref name="fallback"/> when no resource has it.</summary>
    public static string Get(string key, string fallback) => Localizer[key] is { ResourceNotFound: false } found ? found.Value : fallback;

    /// <summary>The text with its <c>{0}</c> … placeholders filled (numbers as digits, in any language).</summary>
    public static string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), arguments);

    /// <summary>The text in <paramref name="language"/>, whatever the current one.</summary>
    public static string In(string language, string key)
    {
        using var scope = ChatLanguage.Use(language);
        return Get(key);
    }

    /// <summary>"1 result" / "3 results": the key's <c>.one</c> or <c>.other</c> text with the count.</summary>
    public static string Count(long count, string key) => Format(count == 1 ? key + ".one" : key + ".other", count);

    /// <summary>Every key with its text in <paramref name="language"/> only (no fallback): for the tests.</summary>
    public static IReadOnlyDictionary<string, string> All(string language)
    {
        using var scope = ChatLanguage.Use(language);
        return Localizer.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
    }
}
