namespace Airspace.Benchmarks.Search;

/// <summary>
/// A chat-style query with graded judgements (0–3) over the corpus, from <c>chat-queries.tsv</c> (judged by reading
/// the titles and leads of the articles a grep found, and committed before any ranking change); unjudged articles are 0.
/// </summary>
public sealed record ChatQuery(string Text, IReadOnlyDictionary<string, int> Grades)
{
    public const string File = "chat-queries.tsv";

    public static IReadOnlyList<ChatQuery> Load(string root)
    {
        var path = Path.Combine(root, "bench", "Airspace.Benchmarks", "Search", File);
        var queries = new List<(string Text, Dictionary<string, int> Grades)>();
        foreach (var line in System.IO.File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split('\t');
            if (queries.Count == 0 || queries[^1].Text != fields[0])
            {
                queries.Add((fields[0], new Dictionary<string, int>(StringComparer.Ordinal)));
            }

            queries[^1].Grades[fields[1]] = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        }

        return queries.Select(q => new ChatQuery(q.Text, q.Grades)).ToList();
    }

    /// <summary>nDCG@5 with gain 2^grade − 1 and the ideal order of the judged grades.</summary>
    public double NdcgAt5(IEnumerable<string> rankedKeys)
    {
        var dcg = rankedKeys.Take(5).Select((key, i) => Gain(Grades.GetValueOrDefault(key)) / Math.Log2(i + 2)).Sum();
        var ideal = Grades.Values.OrderDescending().Take(5).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
