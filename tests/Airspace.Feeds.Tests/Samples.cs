namespace Airspace.Feeds.Tests;

/// <summary>The repository samples, copied next to the test assembly by the project file.</summary>
internal static class Samples
{
    public static string AirspaceArticle =>
        Path.Combine(AppContext.BaseDirectory, "samples", "airspace", "2023-09-15-kim-jong-un-knaaz.txt");

    public static string IndoSumDev => Path.Combine(AppContext.BaseDirectory, "samples", "indosum", "dev.01.plain.jsonl");
}
