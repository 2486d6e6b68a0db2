namespace Airspace.Core.Commands;

/// <summary>
/// A user-facing text of a command declaration: a stable <see cref="Key"/> (e.g. <c>search.query</c>) and its English
/// text. The key is what a later resource file (.resx) looks up to supply another language, such as Indonesian;
/// until then <see cref="English"/> is shown everywhere.
/// </summary>
public sealed record LocalText(string Key, string English)
{
    public override string ToString() => English;
}
