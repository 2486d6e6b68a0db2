namespace Airspace.Core.Text;

/// <summary>Tells Indonesian from English by counting function words.</summary>
public static class LanguageDetector
{
    public const string Indonesian = "id";
    public const string English = "en";

    // Enough words for a confident answer; reading whole long articles would add time, not accuracy.
    private const int MaxWords = 3000;

    // English must clearly dominate: Indonesian news quotes English titles and phrases, not the other way round.
    private const int MinEnglishMarkers = 2;
    private const double EnglishDominance = 1.5;

    /// <summary>Returns "en" when English function words clearly dominate, otherwise "id" (also for empty text).</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var indonesian = 0;
        var english = 0;
        Words.ForEach(
            text,
            word =>
            {
                if (StopWords.Indonesian.Contains(word))
                {
                    indonesian++;
                }
                else if (StopWords.English.Contains(word))
                {
                    english++;
                }
            },
            MaxWords);

        return english >= MinEnglishMarkers && english > indonesian * EnglishDominance ? English : Indonesian;
    }
}
