using Airspace.Core.Articles;
using Lucene.Net.Documents;

namespace Airspace.Search.Indexing;

/// <summary>Maps an <see cref="Article"/> to the Lucene document of the index (see <see cref="SearchFields"/>).</summary>
internal static class ArticleDocument
{
    public static Document Create(Article article)
    {
        var english = IsEnglish(article.Language);
        var published = article.Published.ToUnixTimeMilliseconds();
        var document = new Document
        {
            new StringField(SearchFields.Id, article.Id.ToString(), Field.Store.YES),
            new StringField(
                SearchFields.Stemmer,
                english ? SearchFields.StemmerEnglish : SearchFields.StemmerIndonesian,
                Field.Store.YES),
            new TextField(english ? SearchFields.TitleEnglish : SearchFields.Title, article.Title, Field.Store.NO),
            new TextField(english ? SearchFields.BodyEnglish : SearchFields.Body, article.Body, Field.Store.NO),
            new TextField(SearchFields.TitleExact, article.Title, Field.Store.NO),
            new TextField(SearchFields.BodyExact, article.Body, Field.Store.YES),
            new Int64Field(SearchFields.Published, published, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Published, published),
            new StringField(SearchFields.Source, Keyword(article.Source), Field.Store.NO),
        };

        if (article.Demo)
        {
            document.Add(new StringField(SearchFields.Demo, SearchFields.DemoYes, Field.Store.NO));
        }

        foreach (var category in article.Categories.Where(c => !string.IsNullOrWhiteSpace(c)).Select(Keyword).Distinct())
        {
            document.Add(new StringField(SearchFields.Category, category, Field.Store.NO));
        }

        return document;
    }

    public static bool IsEnglish(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    private static string Keyword(string value) => value.Trim().ToLowerInvariant();
}
