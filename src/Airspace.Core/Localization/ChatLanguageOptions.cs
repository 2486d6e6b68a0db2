namespace Airspace.Core.Localization;

/// <summary>
/// <c>Airspace:Chat</c>: the language of replies when the platform does not tell the user's (and of the console), and
/// of alerts to subscriptions that did not choose one.
/// </summary>
public sealed class ChatLanguageOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Chat";

    /// <summary><c>en</c> (English, the default) or <c>id</c> (Indonesian).</summary>
    public string Language { get; set; } = ChatLanguage.English;

    public string? Validate() =>
        ChatLanguage.Supported.Contains(Language, StringComparer.Ordinal)
            ? null
            : $"{SectionName}:Language must be {string.Join(" or ", ChatLanguage.Supported)}; \"{Language}\" is not one.";
}
