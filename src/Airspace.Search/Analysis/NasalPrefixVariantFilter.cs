using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Airspace.Search.Analysis;

/// <summary>
/// Works around a gap in Lucene's Indonesian stemmer: the nasal prefixes meN-/peN- swallow the root's first
/// consonant before a vowel (kunjungi → mengunjungi, tulis → menulis, pukul → memukul, kirim → pengiriman), and
/// the stemmer strips the prefix without restoring it ("mengunjungi" → "unjung" but "dikunjungi" → "kunjung").
/// For such words this filter stacks one variant at the same position with the consonant restored — as the
/// di- passive for verbs ("dikunjungi"), as the bare root for nouns ("kiriman") — which the stemmer then reduces.
/// The original stays, so a wrong guess only adds a rare extra term ("mengambil" also gets "dikambil").
/// Place it after lower-casing and before the stemmer; keyword-marked tokens pass unchanged.
/// </summary>
internal sealed class NasalPrefixVariantFilter : TokenFilter
{
    // Longest prefixes first: "meng" before "men", because "meng" + vowel would also read as "men" + "g…".
    private static readonly (string Prefix, string Replacement)[] Rules =
    [
        ("meng", "dik"),
        ("mem", "dip"),
        ("men", "dit"),
        ("peng", "k"),
        ("pem", "p"),
        ("pen", "t"),
    ];

    private const int MinRootLength = 3;

    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly IKeywordAttribute keyword;
    private State? pendingState;
    private string? pendingVariant;

    public NasalPrefixVariantFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pendingVariant is not null)
        {
            RestoreState(pendingState);
            term.SetEmpty().Append(pendingVariant);
            positionIncrement.PositionIncrement = 0;
            pendingVariant = null;
            pendingState = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword && Variant(term.ToString()) is { } variant)
        {
            pendingVariant = variant;
            pendingState = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pendingVariant = null;
        pendingState = null;
    }

    internal static string? Variant(string word)
    {
        foreach (var (prefix, replacement) in Rules)
        {
            if (word.Length >= prefix.Length + MinRootLength
                && word.StartsWith(prefix, StringComparison.Ordinal)
                && IsVowel(word[prefix.Length]))
            {
                return string.Concat(replacement, word.AsSpan(prefix.Length));
            }
        }

        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
