using System.Text.Json;
using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>
/// Articles as JSON: one object, an array of objects, or JSON Lines. Field names follow the common export shapes
/// (JSON Feed, WordPress REST, IndoSum); unknown fields are ignored, known fields of the wrong type are errors.
/// </summary>
internal static class JsonArticleParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly string[] TextKeys = ["text", "content", "html", "body", "content_html", "content_text"];
    private static readonly string[] HtmlKeys = ["html", "content_html"];

    public static IReadOnlyList<ArticleDraft> ParseDocument(string json, string defaultSource)
    {
        using var document = ParseJson(json, "");
        var root = document.RootElement;
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                return [FromObject(root, "", defaultSource)];
            case JsonValueKind.Array:
                var drafts = new List<ArticleDraft>();
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    index++;
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new ArticleFormatException(
                            $"item {index}: expected a JSON object, found {Describe(item.ValueKind)}");
                    }

                    drafts.Add(FromObject(item, $"item {index}", defaultSource));
                }

                return drafts.Count > 0 ? drafts : throw new ArticleFormatException("the JSON array is empty; no articles");
            default:
                throw new ArticleFormatException(
                    $"expected a JSON object or an array of objects, found {Describe(root.ValueKind)}");
        }
    }

    /// <summary>One line of a JSON Lines file (the reader streams the file; a line is never blank here).</summary>
    public static ArticleDraft ParseLine(string line, int lineNumber, string defaultSource)
    {
        var where = $"line {lineNumber}";
        using var document = ParseJson(line, where);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArticleFormatException(
                $"{where}: expected a JSON object, found {Describe(document.RootElement.ValueKind)}");
        }

        return FromObject(document.RootElement, where, defaultSource);
    }

    private static JsonDocument ParseJson(string json, string where)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            // System.Text.Json appends " LineNumber: … | BytePositionInLine: …" to its message; we say it our way.
            var detail = e.Message;
            var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
            detail = (cut >= 0 ? detail[..cut] : detail).Trim().TrimEnd('.');
            var line = where.Length > 0 ? "" : $"line {(e.LineNumber ?? 0) + 1}, ";
            throw new ArticleFormatException(
                $"{Prefix(where)}invalid JSON at {line}position {(e.BytePositionInLine ?? 0) + 1}: {detail}");
        }
    }

    private static ArticleDraft FromObject(JsonElement item, string where, string defaultSource)
    {
        var fields = new JsonFields(item, where);
        var id = fields.Identifier("id");
        var name = where.Length == 0 ? "" : id is null ? where : $"{where} (id \"{id}\")";

        string? text = null;
        foreach (var key in TextKeys)
        {
            var value = fields.String(key);
            if (!string.IsNullOrWhiteSpace(value))
            {
                var isHtml = HtmlKeys.Contains(key) || HtmlText.LooksLikeHtml(value);
                text = isHtml ? HtmlText.ToText(value) : PlainText.Normalize(value);
                if (text.Length > 0)
                {
                    break;
                }
            }
        }

        if (string.IsNullOrEmpty(text))
        {
            throw new ArticleFormatException(
                $"{Prefix(name)}no article text (expected a non-empty \"text\", \"content\", \"html\" or \"body\" field)");
        }

        return new ArticleDraft
        {
            Source = PlainText.Line(fields.String("source")) ?? defaultSource,
            ExternalId = id,
            Url = PlainText.Line(fields.String("url") ?? fields.String("link") ?? fields.String("source_url")),
            Title = Title(fields.String("title")),
            Text = text,
            Published = fields.Date("published") ?? fields.Date("date_published") ?? fields.Date("date") ?? IndoSumDate.FromId(id),
            Updated = fields.Date("updated") ?? fields.Date("date_modified") ?? fields.Date("modified"),
            Author = fields.Names("author") ?? fields.Names("authors"),
            Categories = DraftValues.Categories(
                fields.List("categories").Concat(fields.List("category")).Concat(fields.List("tags"))),
            ImageUrl = PlainText.Line(fields.String("image") ?? fields.String("image_url")),
            Language = DraftValues.Language(fields.String("language") ?? fields.String("lang")),
        };
    }

    /// <summary>Titles from CMS exports often carry entities ("&amp;#8211;") or inline tags.</summary>
    private static string? Title(string? value) =>
        value is not null && HtmlText.LooksLikeHtml(value) ? PlainText.Line(HtmlText.ToText(value)) : PlainText.Line(value);

    internal static string Prefix(string where) => where.Length == 0 ? "" : where + ": ";

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
