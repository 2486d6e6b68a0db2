using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Airspace.Search.Analysis;

/// <summary>Runs text through an analyzer and groups the terms by position (stacked terms are alternatives).</summary>
internal static class TokenPositions
{
    public static IReadOnlyList<IReadOnlyList<string>> Analyze(Analyzer analyzer, string text)
    {
        var positions = new List<List<string>>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (increment.PositionIncrement == 0 && positions.Count > 0)
            {
                if (!positions[^1].Contains(value))
                {
                    positions[^1].Add(value);
                }
            }
            else
            {
                positions.Add([value]);
            }
        }

        stream.End();
        return positions;
    }
}
