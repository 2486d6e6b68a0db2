using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Airspace.Search.Analysis;

/// <summary>
/// Token stream for snippets: at every position the exact lower-cased word and its stem(s) are stacked, so one
/// highlight query can hold the exact and the stemmed terms and phrases. Stop words are kept: positions then line
/// up with the indexed fields, whose stop filter leaves position gaps.
/// </summary>
internal sealed class HighlightAnalyzer(bool english) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream stream = new DesignationFilter(tokenizer, families: true);
        stream = new LowerCaseFilter(SearchAnalyzers.Version, stream);
        if (english)
        {
            stream = new EnglishPossessiveFilter(SearchAnalyzers.Version, stream);
        }

        // The keyword-marked copy of each token passes the stemmers untouched.
        stream = new KeywordRepeatFilter(stream);
        if (!english)
        {
            stream = new StemmerOverrideFilter(stream, IndonesianStemOverrides.Map);
        }

        stream = english
            ? new PorterStemFilter(stream)
            : new IndonesianStemFilter(new NasalPrefixVariantFilter(stream));
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
