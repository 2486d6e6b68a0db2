using Airspace.Core.Articles;

namespace Airspace.Storage.Sqlite.Tests;

internal static class TestArticles
{
    public static readonly DateTimeOffset Published = new(2025, 2, 28, 10, 30, 0, TimeSpan.FromHours(7));

    /// <summary>A valid article; the content hash follows the body, as the real normaliser's does.</summary>
    public static NewArticle Create(
        string title = "Indonesia orders more Rafale jets",
        string? body = null,
        string source = "airspace-review",
        string? externalId = null,
        string? url = null,
        DateTimeOffset? published = null,
        IReadOnlyList<string>? categories = null)
    {
        body ??= $"Body of {title}.";
        return new NewArticle
        {
            Source = source,
            ExternalId = externalId,
            Url = url,
            Title = title,
            Body = body,
            Language = "en",
            Published = published ?? Published,
            Author = "Roni Sontani",
            Categories = categories ?? ["Defence", "Air Force"],
            ImageUrl = "https://example.test/img.jpg",
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body))),
            Summary = $"Summary of {title}.",
            SummarizerVersion = "extractive-1",
        };
    }
}
