using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Airspace.Search.Analysis;

/// <summary>
/// Unicode word tokens, lower-cased; no stemming and no stop words. Designations are also indexed joined
/// ("su35s", see <see cref="DesignationFilter"/>); <paramref name="designationFamilies"/> adds "su35" too, which the
/// index wants and queries do not.
/// </summary>
internal sealed class ExactAnalyzer(bool designationFamilies) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        var designations = new DesignationFilter(tokenizer, designationFamilies);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(SearchAnalyzers.Version, designations));
    }
}
