using System.Globalization;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>Article files for the journeys: Markdown with front matter, each title carrying a unique fixed-width tag.</summary>
public static class JourneyArticles
{
    /// <summary>A tag no other article's title contains (fixed width, so "JA01" never matches inside "JA010").</summary>
    public static string Tag(string series, int number) => $"{series}{number:D4}X";

    public static string Title(string series, int number) => $"Kabar udara {Tag(series, number)} pesawat latih baru tiba";

    public static string FileName(string series, int number) => $"{Tag(series, number).ToLowerInvariant()}.md";

    public static string Markdown(string series, int number)
    {
        var day = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)).AddHours(number);
        return $"""
            ---
            title: {Title(series, number)}
            url: https://example.com/journeys/{Tag(series, number).ToLowerInvariant()}/
            date: {day.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}
            categories: [Berita]
            ---
            TNI Angkatan Udara menerima pesawat latih baru nomor {number} di Lanud Adisutjipto, Yogyakarta. Pesawat itu diterbangkan dari pabrik pembuatnya.

            Kepala Dinas Penerangan mengatakan pesawat ini akan memperkuat pendidikan penerbang. Pesawat tersebut bergabung dengan Skadron Pendidikan 102.
            """;
    }
}
