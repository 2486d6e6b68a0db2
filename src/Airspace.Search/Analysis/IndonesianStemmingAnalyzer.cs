using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Airspace.Search.Analysis;

/// <summary>
/// Lucene's <see cref="IndonesianAnalyzer"/> chain (standard tokens, lower case, Indonesian stop words,
/// <see cref="IndonesianStemFilter"/>) with <see cref="NasalPrefixVariantFilter"/> before the stemmer, so that
/// "mengunjungi" and "dikunjungi" share the stem "kunjung", and the stems of <see cref="IndonesianStemOverrides"/> fixed by hand.
/// </summary>
internal sealed class IndonesianStemmingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream stream = new StandardFilter(SearchAnalyzers.Version, tokenizer);
        stream = new LowerCaseFilter(SearchAnalyzers.Version, stream);
        stream = new StopFilter(SearchAnalyzers.Version, stream, IndonesianAnalyzer.DefaultStopSet);
        stream = new StemmerOverrideFilter(stream, IndonesianStemOverrides.Map);
        stream = new NasalPrefixVariantFilter(stream);
        stream = new IndonesianStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
