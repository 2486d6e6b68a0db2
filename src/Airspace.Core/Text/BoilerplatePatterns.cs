using System.Text.RegularExpressions;

namespace Airspace.Core.Text;

/// <summary>The patterns shared by <see cref="SiteBoilerplate"/> and the summariser's junk filter.</summary>
internal static partial class BoilerplatePatterns
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // "AIRSPACE REVIEW (airspace-review.com) – " and the older "AIRSPACE-REVIEW.com – ".
    [GeneratedRegex(
        @"^(?:www\.)?airspace[\s-]*review(?:\.com)?\s*(?:\(\s*(?:www\.)?airspace-review\.com\s*\)\s*)?(?:[–—]+|-{1,2})\s*",
        Options)]
    public static partial Regex AirspaceDateline();

    // Generic news datelines, only at the very start of the text, each shape requiring something a sentence
    // opening would not have: "JAKARTA, KOMPAS.com - ", "TERMAS DE RIO HONDO, JUARA.net - ", "JUARA.NET, TOKYO - ".
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.]*(?: \p{Lu}[\p{Lu}.]*){0,3}), (?<outlet>[\p{L}\d][\p{L}\d.&]*(?: [\p{L}\d][\p{L}\d.&]*){0,2}) ?(?:[–—]|-{1,2}) ",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex CapitalPlaceDateline();

    // "Jakarta, CNN Indonesia -- ", "Bandung, Kompas.com - ": a place in title case needs an outlet that is a
    // domain or a known agency.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}), (?<outlet>[\p{L}\d-]+\.(?:com|co\.id|id|net|org|news)|CNN Indonesia|Antara|ANTARA|Reuters|AFP|AP|Tempo|TEMPO\.CO|Kompas|KOMPAS|Detik|detikcom) ?(?:[–—]|-{1,2}) ",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex TitlePlaceDateline();

    // "Wamena (ANTARA News) - ", "JAKARTA (Pos Kota) – ", "WASHINGTON (Reuters) - ", with a region too:
    // "Sukabumi, Jawa Barat (ANTARA News) - ", "Singkil, Aceh, (ANTARA News) - ".
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?,?) ?\((?<outlet>[^()\n]{2,30})\) ?(?:[–—]|-{1,2}) ",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex PlaceOutletDateline();

    // "Suara.com - ", "Merdeka.com - ", "Kompas.com, Jakarta - ".
    [GeneratedRegex(
        @"^(?<outlet>[\p{L}\d-]+\.(?:com|co\.id|id|net|org|news))(?:, ?\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})? ?(?:[–—]|-{1,2}) ",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex DomainDateline();

    // "SPANYOL – ", "LONDON — ": four or more capitals, so "TNI - AU" in tokenised text is left alone.
    [GeneratedRegex(
        @"^\p{Lu}{4,}(?: \p{Lu}{2,}){0,2} ?(?:[–—]|-{1,2}) ",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex CapitalPlaceOnlyDateline();

    // An outlet's name alone, as some sites open every article: "Rimanews - ", "Okezone – ".
    [GeneratedRegex(
        @"^(?<outlet>Rimanews|RIMANEWS|Antaranews|ANTARANEWS|Okezone|OKEZONE|Liputan6|LIPUTAN6|Tribunnews|TRIBUNNEWS|detikcom|Detikcom|DETIKCOM|Kumparan|KUMPARAN|VIVA|Viva\.co\.id|Republika|REPUBLIKA) ?(?:[–—]|-{1,2}) ",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex OutletOnlyDateline();

    [GeneratedRegex(@"(?<domain>[\p{L}\d-]+\.(?:com|co\.id|id|net|org|news))\b", Options)]
    public static partial Regex Domain();

    // Related-article links: "Baca juga: …", "Simak juga …", "Lihat juga", "Read also", "Baca: …".
    [GeneratedRegex(
        @"^[\[(]?\s*(?:(?:baca|simak|lihat|tonton|saksikan)[\s_]+(?:juga|pula|selengkapnya)\b|baca\s*:|(?:read|see)\s+(?:also|more)\b|also\s+read\b|related\s*:)",
        Options)]
    public static partial Regex RelatedLink();

    // A whole line that is a photo credit or caption label: "Foto: Reuters", "(Foto: ANTARA/…)", "Photo: AP".
    [GeneratedRegex(
        @"^[\[(]?\s*(?:foto|photo|gambar|image|ilustrasi|sumber\s+foto|kredit\s+foto|credit|caption)\s*[:/|]",
        Options)]
    public static partial Regex PhotoCredit();

    // A short line that ends with a credit is a photo caption: "Tim Cook, CEO Apple (Foto: Reuters)".
    [GeneratedRegex(@"[\[(]\s*(?:foto|photo|ilustrasi|sumber\s+foto)\s*:[^)\]]*[)\]]\s*$", Options)]
    public static partial Regex TrailingPhotoCredit();

    // A credit anywhere in a sentence marks it as a caption: "… meninjau lokasi (Foto: Antara)".
    [GeneratedRegex(@"[\[(]\s*(?:foto|photo|ilustrasi|sumber\s+foto)\s*[:/]", Options)]
    public static partial Regex InlinePhotoCredit();

    // Author tag lines: "-JDN-", "- Roni Sontani -", "–Poetra–".
    [GeneratedRegex(@"^(?:[–—]|-{1,2}) ?(?<author>\p{L}[\p{L}.' ]{0,38}?) ?(?:[–—]|-{1,2})$", Options)]
    public static partial Regex DashAuthorLine();

    // "(JDN)", "[ary]", "(rah / rah)".
    [GeneratedRegex(@"^[(\[] ?(?<author>\p{L}[\p{L}.' /]{0,38}?) ?[)\]]$", Options)]
    public static partial Regex BracketAuthorLine();

    // "Penulis: Roni Sontani", "Reporter: …", "Editor: …".
    [GeneratedRegex(
        @"^(?<label>penulis|reporter|pewarta|editor|penyunting|writer|oleh|by) ?: ?(?<author>\p{L}[\p{L}.' ]{0,40})$",
        Options)]
    public static partial Regex LabelledAuthorLine();

    // A tag glued to the end of the last paragraph: "… kata Yusov. -JDN-", "… ujar Ronaldo. (ptr)".
    [GeneratedRegex(
        @"(?<=[.!?”""’)])\s+(?:(?:[–—]|-{1,2})(?<author>\p{L}[\p{L}.]{0,19})(?:[–—]|-{1,2})|[(\[](?<author>\p{L}[\p{L}.' /]{0,20}?)[)\]])$",
        Options)]
    public static partial Regex TrailingAuthorTag();
}
