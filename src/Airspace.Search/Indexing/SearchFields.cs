namespace Airspace.Search.Indexing;

/// <summary>Field names of an indexed article.</summary>
internal static class SearchFields
{
    public const string Id = "id";

    /// <summary>Which stemmer the article was analysed with ("id" or "en"); picks the snippet analyzer.</summary>
    public const string Stemmer = "stemmer";

    // Stemmed text. Indonesian is the normal case, so every article that is not English goes to these.
    public const string Title = "title";
    public const string Body = "body";

    // Stemmed text of English articles only, so each field's statistics come from one language.
    public const string TitleEnglish = "title_en";
    public const string BodyEnglish = "body_en";

    // Lower-cased, unstemmed, no stop words: designations (Su-35S) and words the stemmers mangle match as typed.
    // BodyExact also stores the body for snippets.
    public const string TitleExact = "title_exact";
    public const string BodyExact = "body_exact";

    /// <summary>Published time as Unix milliseconds (indexed for range filters, doc values for sorting).</summary>
    public const string Published = "published";

    // Keyword fields (lower-cased, untokenised) for future filters.
    public const string Source = "source";
    public const string Category = "category";

    /// <summary>"1" on demo articles only (the bundled samples); searches leave them out unless asked.</summary>
    public const string Demo = "demo";
    public const string DemoYes = "1";

    /// <summary>Virtual field of the snippet highlighter; never indexed.</summary>
    public const string Highlight = "hl";

    public const string StemmerIndonesian = "id";
    public const string StemmerEnglish = "en";
}
