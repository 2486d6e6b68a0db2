namespace Airspace.Discord.Rendering;

/// <summary>Discord's embed and message limits (over any of them the whole message is refused with 400/50035).</summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;
    /// <summary>Title, description, field names and values, footer and author names, across all embeds of a message.</summary>
    public const int Total = 6000;
    public const int EmbedsPerMessage = 10;
    public const int Content = 2000;
    public const int ChoiceName = 100;
    public const int ChoiceValue = 100;
    /// <summary>An embed's url and image url; a longer one refuses the whole message, so such a link is left out.</summary>
    public const int Url = 2048;
}
