using Airspace.Core.Localization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Airspace.Search.Querying;

/// <summary>
/// Turns free text into a Lucene query without ever throwing; see <see cref="UserQueryParser"/> for the syntax.
/// </summary>
/// <remarks>
/// Each part of the query becomes one "group" that matches the part in any field:
/// a bare word matches its exact form (unstemmed fields) or its Indonesian or English stem (stemmed fields);
/// a quoted phrase or a compound word ("Su-35S", "F-16", "lokasi-lokasi") matches as a phrase of its parts in the
/// unstemmed fields, and as a stemmed phrase too unless a stop word had to be dropped (else "sama kerja" would shrink
/// to "kerja"). Words that are stop words in either language are dropped.
///
/// Ranking (knobs in <see cref="RankingWeights"/>): within a group, each field match is a clause of a
/// <see cref="DisjunctionMaxQuery"/> — the best counts fully, the rest by a tie-breaker — with matches as typed boosted
/// over stemmed-only ones (so <c>perhubungan</c> prefers "perhubungan" to "terhubung") and title matches boosted over
/// body ones. The groups are SHOULD clauses of a boolean query with coord, which <see cref="CoordinatingBm25Similarity"/>
/// makes steep, so hits are ordered first by how many of the query's parts they contain: a document with all the words
/// outranks one with some, while partial matches still come back instead of nothing. Beside it: optionally a clause
/// that matches only when every word is present as typed (<see cref="BooleanQuery.MinimumNumberShouldMatch"/> = all; off
/// by default), a sloppy
/// phrase of the query as typed, stop words included (words adjacent in the query earn more when near each other and in
/// that order in the article), the same phrase again when it lies in the article's lead (a <see cref="SpanFirstQuery"/>
/// over a <see cref="SpanNearQuery"/>: news says what it is about first), and around it all a small recency factor that
/// reorders near ties. Stop words are left out of the word groups (they would match nearly every article) but kept in
/// the phrases, where their order next to the other words is what tells an article apart. Those preferences read positions and doc values, so they are not
/// run over every match: they rescore only the best <see cref="RankingWeights.RescoreWindow"/> hits of the word groups
/// (<see cref="PreferenceRescorer"/>). Scores are therefore only comparable within one result set.
/// </remarks>
internal sealed class SearchQueryCompiler(SearchAnalyzers analyzers, RankingWeights? weights = null)
{
    public const int MaxGroups = 16;
    public const int MaxPhraseLength = 16;

    private readonly RankingWeights weights = weights ?? RankingWeights.Default;

    // The notices are shown in chat: in the current chat language (ChatText, the asker's language scope).
    public static string TooManyWordsNotice => ChatText.Format("searchNotice.tooManyWords", MaxGroups);
    public static string EmptyQueryNotice => ChatText.Get("searchNotice.empty");
    public static string NothingSearchableNotice => ChatText.Get("searchNotice.nothingSearchable");

    public CompiledQuery Compile(string? text)
    {
        var parsed = UserQueryParser.Parse(text);
        var notices = new List<string>(parsed.Notices);
        var groups = new List<Group>();
        var seen = new HashSet<QueryPart>();
        var sequence = new List<IReadOnlyList<string>>();
        var truncated = false;
        foreach (var part in parsed.Parts)
        {
            if (sequence.Count < MaxPhraseLength)
            {
                // Every word as typed, stop words and repeats included: the proximity preference's phrase.
                sequence.AddRange(TokenPositions.Analyze(analyzers.Exact, part.Text).Take(MaxPhraseLength - sequence.Count));
            }

            if (!seen.Add(part with { Text = part.Text.ToLowerInvariant() }))
            {
                continue;
            }

            if (groups.Count == MaxGroups)
            {
                truncated = true;
                break;
            }

            if (BuildGroup(part, ref truncated) is { } group)
            {
                groups.Add(group);
            }
        }

        if (truncated)
        {
            notices.Add(TooManyWordsNotice);
        }

        var filter = FilterQueries.Build(parsed.Filters);
        if (groups.Count == 0 && filter is not null && parsed.Parts.Count == 0)
        {
            // Only filters: everything they let through, newest first.
            return new CompiledQuery(new ConstantScoreQuery(filter), null, null, Join(notices)) { SortByDate = true };
        }

        if (groups.Count == 0)
        {
            notices.Add(parsed.Parts.Count == 0 && string.IsNullOrWhiteSpace(text) ? EmptyQueryNotice : NothingSearchableNotice);
            return new CompiledQuery(null, null, null, string.Join(' ', notices));
        }

        var notice = Join(notices);
        var (query, rescorer) = Combine(groups, sequence);
        var any = filter is null ? query : new FilteredQuery(query, filter);
        return new CompiledQuery(
            any,
            AnyOf(groups.Select(g => g.HighlightIndonesian)),
            AnyOf(groups.Select(g => g.HighlightEnglish)),
            notice)
        {
            Rescorer = rescorer,
            FirstPass = FirstPass(groups, any, filter),
        };
    }

    /// <summary>The first pass over <paramref name="any"/>, trying the articles with every group first when that is on.</summary>
    private WordGroupsPass FirstPass(List<Group> groups, Query any, Filter? filter)
    {
        Query? all = null;
        if (weights.AllWordsFirst && groups.Count is >= 2 and <= WordGroupsPass.MaxGroupsForAllFirst)
        {
            // Coord on, as in the disjunction: coord(n, n) = 1, so an article's score is the same in both.
            var conjunction = new BooleanQuery(disableCoord: false);
            foreach (var group in groups)
            {
                conjunction.Add(group.Query, Occur.MUST);
            }

            all = filter is null ? conjunction : new FilteredQuery(conjunction, filter);
        }

        return new WordGroupsPass(any, all, groups.Select(g => new WordGroupsPass.Group(g.Query, TermsOf(g.Query))).ToList(), filter);
    }

    /// <summary>The terms of a group that is a disjunction of single terms (a bare word), else null.</summary>
    private static List<Term>? TermsOf(Query query)
    {
        if (query is not DisjunctionMaxQuery disjunction)
        {
            return query is TermQuery single ? [single.Term] : null;
        }

        var terms = new List<Term>();
        foreach (var disjunct in disjunction.Disjuncts)
        {
            if (disjunct is not TermQuery term)
            {
                return null;
            }

            terms.Add(term.Term);
        }

        return terms;
    }

    private static string? Join(List<string> notices) => notices.Count == 0 ? null : string.Join(' ', notices);

    /// <summary>The first pass (the coordinated word groups) and the rescorer that adds the preferences to its best hits.</summary>
    private (Query Query, PreferenceRescorer? Rescorer) Combine(List<Group> groups, List<IReadOnlyList<string>> sequence)
    {
        var query = groups.Count == 1 ? groups[0].Query : Coordinated(groups);
        var words = groups.Where(g => g.ExactWord is not null).Select(g => g.ExactWord!).ToList();
        var preferences = new BooleanQuery(disableCoord: true);
        if (weights.LeadBoost > 0 && sequence.Count >= 2)
        {
            preferences.Add(LeadPhrase(sequence), Occur.SHOULD);
        }

        if (words.Count >= 2 && weights.AllExactBoost > 0 && words.Count == groups.Count)
        {
            preferences.Add(AllExact(words), Occur.SHOULD);
        }

        if (weights.ProximityBoost > 0 && sequence.Count >= 2)
        {
            preferences.Add(Near(sequence), Occur.SHOULD);
        }

        var second = preferences.Clauses.Count switch
        {
            0 => null,
            1 => preferences.Clauses[0].Query,
            _ => preferences,
        };
        return second is null && weights.RecencyWeight <= 0
            ? (query, null)
            : (query, new PreferenceRescorer(second, weights.RecencyWeight, weights.RecencyHalfLife, weights.RescoreWindow));
    }

    private static BooleanQuery Coordinated(List<Group> groups)
    {
        // Coord on: CoordinatingBm25Similarity ranks by the number of matched groups first.
        var query = new BooleanQuery(disableCoord: false);
        foreach (var group in groups)
        {
            query.Add(group.Query, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Matches only documents with every word as typed (title or body), which then earn this clause's score too.</summary>
    private BooleanQuery AllExact(List<string> words)
    {
        var all = new BooleanQuery(disableCoord: true) { Boost = weights.AllExactBoost };
        foreach (var word in words)
        {
            var either = new DisjunctionMaxQuery(weights.TieBreaker);
            AddTitleAndBody(either, SearchFields.TitleExact, SearchFields.BodyExact, 1f, f => new TermQuery(new Term(f, word)));
            all.Add(either, Occur.SHOULD);
        }

        all.MinimumNumberShouldMatch = words.Count;
        return all;
    }

    /// <summary>All the words as typed, in query order and within the proximity slop, in the first words of the body.</summary>
    private SpanFirstQuery LeadPhrase(List<IReadOnlyList<string>> positions)
    {
        var clauses = positions.Select(p => p.Count == 1
            ? (SpanQuery)new SpanTermQuery(new Term(SearchFields.BodyExact, p[0]))
            : new SpanOrQuery(p.Select(t => new SpanTermQuery(new Term(SearchFields.BodyExact, t))).ToArray())).ToArray();
        return new SpanFirstQuery(new SpanNearQuery(clauses, weights.ProximitySlop, inOrder: true), weights.LeadPositions) { Boost = weights.LeadBoost };
    }

    /// <summary>The words as typed (two or more positions), in query order, within a few positions of each other in the body.</summary>
    private Query Near(List<IReadOnlyList<string>> positions)
    {
        var phrase = Phrase(SearchFields.BodyExact, positions);
        switch (phrase)
        {
            case PhraseQuery single:
                single.Slop = weights.ProximitySlop;
                break;
            case MultiPhraseQuery stacked:
                stacked.Slop = weights.ProximitySlop;
                break;
        }

        phrase.Boost = weights.ProximityBoost;
        return phrase;
    }

    private Group? BuildGroup(QueryPart part, ref bool truncated)
    {
        var exact = TokenPositions.Analyze(analyzers.Exact, part.Text);
        if (exact.Count == 0)
        {
            return null;
        }

        truncated |= exact.Count > MaxPhraseLength;

        var indonesian = TokenPositions.Analyze(analyzers.Indonesian, part.Text);
        var english = TokenPositions.Analyze(analyzers.English, part.Text);
        if (!part.Quoted && exact.Count == 1)
        {
            return WordGroup(exact[0][0], indonesian, english);
        }

        // A stemmed phrase is only faithful when no word was dropped as a stop word.
        return PhraseGroup(
            Truncate(exact),
            indonesian.Count == exact.Count ? Truncate(indonesian) : null,
            english.Count == exact.Count ? Truncate(english) : null);
    }

    private static IReadOnlyList<IReadOnlyList<string>> Truncate(IReadOnlyList<IReadOnlyList<string>> positions) =>
        positions.Count > MaxPhraseLength ? positions.Take(MaxPhraseLength).ToList() : positions;

    private Group? WordGroup(
        string exact, IReadOnlyList<IReadOnlyList<string>> indonesian, IReadOnlyList<IReadOnlyList<string>> english)
    {
        if (indonesian.Count == 0 || english.Count == 0)
        {
            return null;
        }

        var query = new DisjunctionMaxQuery(weights.TieBreaker);
        AddTitleAndBody(query, SearchFields.TitleExact, SearchFields.BodyExact, weights.ExactBoost, f => new TermQuery(new Term(f, exact)));
        foreach (var stem in indonesian[0])
        {
            AddTitleAndBody(query, SearchFields.Title, SearchFields.Body, 1f, f => new TermQuery(new Term(f, stem)));
        }

        foreach (var stem in english[0])
        {
            AddTitleAndBody(query, SearchFields.TitleEnglish, SearchFields.BodyEnglish, 1f, f => new TermQuery(new Term(f, stem)));
        }

        return new Group(
            query,
            exact,
            AnyOf(indonesian[0].Append(exact).Distinct().Select(t => new TermQuery(new Term(SearchFields.Highlight, t)))),
            AnyOf(english[0].Append(exact).Distinct().Select(t => new TermQuery(new Term(SearchFields.Highlight, t)))));
    }

    private Group PhraseGroup(
        IReadOnlyList<IReadOnlyList<string>> exact,
        IReadOnlyList<IReadOnlyList<string>>? stemmedIndonesian,
        IReadOnlyList<IReadOnlyList<string>>? stemmedEnglish)
    {
        var query = new DisjunctionMaxQuery(weights.TieBreaker);
        AddTitleAndBody(query, SearchFields.TitleExact, SearchFields.BodyExact, weights.ExactBoost, f => Phrase(f, exact));
        if (stemmedIndonesian is not null)
        {
            AddTitleAndBody(query, SearchFields.Title, SearchFields.Body, 1f, f => Phrase(f, stemmedIndonesian));
        }

        if (stemmedEnglish is not null)
        {
            AddTitleAndBody(query, SearchFields.TitleEnglish, SearchFields.BodyEnglish, 1f, f => Phrase(f, stemmedEnglish));
        }

        var exactHighlight = Phrase(SearchFields.Highlight, exact);
        return new Group(
            query,
            null,
            AnyOf([exactHighlight, .. OptionalPhrase(stemmedIndonesian)]),
            AnyOf([exactHighlight, .. OptionalPhrase(stemmedEnglish)]));
    }

    private static IEnumerable<Query> OptionalPhrase(IReadOnlyList<IReadOnlyList<string>>? positions) =>
        positions is null ? [] : [Phrase(SearchFields.Highlight, positions)];

    /// <summary>A phrase of consecutive positions; stacked alternatives (stemmer variants) may match at each.</summary>
    private static Query Phrase(string field, IReadOnlyList<IReadOnlyList<string>> positions)
    {
        if (positions.Count == 1 && positions[0].Count == 1)
        {
            return new TermQuery(new Term(field, positions[0][0]));
        }

        if (positions.All(p => p.Count == 1))
        {
            var phrase = new PhraseQuery();
            foreach (var position in positions)
            {
                phrase.Add(new Term(field, position[0]));
            }

            return phrase;
        }

        var multi = new MultiPhraseQuery();
        foreach (var position in positions)
        {
            multi.Add(position.Select(t => new Term(field, t)).ToArray());
        }

        return multi;
    }

    private void AddTitleAndBody(DisjunctionMaxQuery query, string titleField, string bodyField, float boost, Func<string, Query> create)
    {
        var title = create(titleField);
        title.Boost = boost * weights.TitleBoost;
        var body = create(bodyField);
        body.Boost = boost;
        query.Add(title);
        query.Add(body);
    }

    private static Query? AnyOf(IEnumerable<Query?> queries)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            if (query is not null)
            {
                any.Add(query, Occur.SHOULD);
            }
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>One part of the query; <see cref="ExactWord"/> is its word as typed when it is a single bare word.</summary>
    private sealed record Group(Query Query, string? ExactWord, Query? HighlightIndonesian, Query? HighlightEnglish);
}
