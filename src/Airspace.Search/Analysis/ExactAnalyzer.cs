using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Airspace.Search.Analysis;

/// <summary>Unicode word tokens, lower-cased; no stemming and no stop words.</summary>
internal sealed class ExactAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(SearchAnalyzers.Version, tokenizer));
    }
}
