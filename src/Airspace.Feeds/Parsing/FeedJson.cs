using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// The <c>airspace feed parse</c> contract: <c>{"title", "link", "items": [{"id", "title", "link", "published",
/// "updated", "author", "summary", "content", "categories", "image"}]}</c>, UTF-8, dates ISO-8601 UTC, text fields
/// plain text with whitespace collapsed, items in document order.
/// </summary>
public static class FeedJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output is a document for people and programs, not HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ParsedFeed feed, Stream output)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("title", feed.Title);
        json.WriteString("link", feed.Link);
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("title", item.Title);
            json.WriteString("link", item.Link);
            json.WriteString("published", Date(item.Published));
            json.WriteString("updated", Date(item.Updated));
            json.WriteString("author", item.Author);
            json.WriteString("summary", Collapse(item.Summary));
            json.WriteString("content", Collapse(item.Content));
            json.WriteStartArray("categories");
            foreach (var category in item.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            json.WriteString("image", item.Image);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    public static string? Date(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Paragraphs joined by single spaces: the contract's "whitespace collapsed".</summary>
    public static string? Collapse(string? text) => FeedText.Line(text);
}
