using System.Text.Json;

namespace Airspace.Benchmarks.Corpus;

/// <summary>Reads <c>samples/indosum</c>: the plain-text JSONL joined with the tokenised original by id.</summary>
public static class IndoSumCorpus
{
    public const string PlainFile = "dev.01.plain.jsonl";
    public const string TokenisedFile = "dev.01.jsonl";

    public static IReadOnlyList<IndoSumArticle> Load(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "samples", "indosum");
        var sentences = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, TokenisedFile)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var list = new List<string>();
            foreach (var paragraph in root.GetProperty("paragraphs").EnumerateArray())
            {
                foreach (var sentence in paragraph.EnumerateArray())
                {
                    list.Add(string.Join(' ', sentence.EnumerateArray().Select(t => t.GetString())));
                }
            }

            sentences[root.GetProperty("id").GetString()!] = list;
        }

        var articles = new List<IndoSumArticle>();
        foreach (var line in File.ReadLines(Path.Combine(folder, PlainFile)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            articles.Add(new IndoSumArticle(
                id,
                root.GetProperty("source").GetString() ?? string.Empty,
                root.TryGetProperty("source_url", out var url) ? url.GetString() ?? string.Empty : string.Empty,
                root.GetProperty("category").GetString() ?? string.Empty,
                root.GetProperty("text").GetString() ?? string.Empty,
                root.GetProperty("summary").GetString() ?? string.Empty,
                sentences.GetValueOrDefault(id) ?? []));
        }

        return articles;
    }
}
