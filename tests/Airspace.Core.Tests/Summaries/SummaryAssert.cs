using Airspace.Core.Text;

namespace Airspace.Core.Tests.Summaries;

internal static class SummaryAssert
{
    /// <summary>Asserts that <paramref name="summary"/> is whole sentences of <paramref name="body"/> joined by spaces; returns them.</summary>
    public static IReadOnlyList<string> WholeSentencesOf(string summary, string body)
    {
        var sentences = SentenceSplitter.Split(body).Distinct().OrderByDescending(s => s.Length).ToList();
        var parts = new List<string>();
        var rest = summary;
        while (rest.Length > 0)
        {
            var next = sentences.FirstOrDefault(s =>
                rest.StartsWith(s, StringComparison.Ordinal) && (rest.Length == s.Length || rest[s.Length] == ' '));
            Assert.True(next is not null, $"Not a sentence of the body: \"{rest}\"");
            parts.Add(next);
            rest = rest.Length == next.Length ? string.Empty : rest[(next.Length + 1)..];
        }

        return parts;
    }
}
