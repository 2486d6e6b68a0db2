using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Airspace.Testing;

/// <summary>A news site on 127.0.0.1 for feed discovery tests: a home page and a one-item RSS feed.</summary>
public static class SampleFeedSite
{
    /// <summary>RSS 2.0 with one item.</summary>
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Airspace Review</title>
        <item><title>Pesawat baru</title><link>https://airspace-review.com/1</link><guid>1</guid></item>
        </channel></rss>
        """;

    /// <summary>Serves the feed at <paramref name="feedPath"/>; the home page links it (<c>&lt;link rel="alternate"&gt;</c>) when <paramref name="linked"/>.</summary>
    public static Task<LoopbackKestrel> StartAsync(string feedPath, bool linked) => LoopbackKestrel.StartAsync(app =>
    {
        var head = linked ? $"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{feedPath}\">" : "";
        app.MapGet("/", () => Results.Content(
            $"<!DOCTYPE html><html><head><title>Review</title>{head}</head><body>Berita</body></html>", "text/html; charset=utf-8"));
        app.MapGet(feedPath, () => Results.Content(Rss, "application/rss+xml"));
    });
}
