namespace Airspace.Core.Commands;

/// <summary>
/// A user-facing text of a command declaration: a stable <see cref="Key"/> (e.g. <c>search.query</c>) in the chat's
/// resources (<see cref="ChatText"/>) and its English text, which the English resource repeats (a test keeps the two
/// equal). <see cref="Text"/> is the text in the current chat language.
/// </summary>
public sealed record LocalText(string Key, string English)
{
    /// <summary>The text in the current chat language (<see cref="ChatLanguage.Use"/>); <see cref="English"/> for a key no resource has.</summary>
    public string Text => ChatText.Get(Key, English);

    public override string ToString() => Text;
}
