using Airspace.Benchmarks.Corpus;
using Airspace.Benchmarks.Rouge;
using Airspace.Core.Ingest;
using Airspace.Core.Summaries;
using Airspace.Core.Text;

namespace Airspace.Benchmarks.Summaries;

/// <summary>An IndoSum article prepared once: the summariser's input exactly as ingest builds it, and the reference tokens.</summary>
public sealed class EvalArticle
{
    private EvalArticle(IndoSumArticle article)
    {
        Article = article;
        CleanBody = ArticleNormalizer.CleanBody(article.Text).Body.Trim();
        Input = new SummaryInput(
            CleanBody.Length == 0 ? string.Empty : TitleDeriver.Derive(CleanBody),
            CleanBody,
            LanguageDetector.Detect(CleanBody));
        PaperReference = RougeTokenizer.RougeTokens(article.Summary, RougeTokenizer.PaperLengthLimit);
    }

    public IndoSumArticle Article { get; }

    /// <summary>The body as ingest stores it: normalised, without dateline, author tag, related links or credits.</summary>
    public string CleanBody { get; }

    /// <summary>What <c>airspace summarize</c> and ingest hand the summariser (the title is derived: IndoSum has none).</summary>
    public SummaryInput Input { get; }

    public IReadOnlyList<string> PaperReference { get; }

    public static IReadOnlyList<EvalArticle> Prepare(IEnumerable<IndoSumArticle> articles) =>
        articles.Select(a => new EvalArticle(a)).ToList();

    /// <summary>Paper-convention ROUGE of a hypothesis against this article's reference.</summary>
    public RougeScore ScorePaper(string hypothesis) =>
        RougeScorer.Score(
            RougeTokenizer.RougeTokens(RougeTokenizer.PaperHypothesis(hypothesis), RougeTokenizer.PaperLengthLimit),
            PaperReference);
}
