namespace Airspace.Core.Text;

/// <summary>
/// Canonical composition (NFC) of Latin letters with combining marks.
/// </summary>
/// <remarks>
/// The solution runs with <c>InvariantGlobalization</c>, where <see cref="string.Normalize()"/> is a no-op for
/// non-ASCII text, so decomposed input ("e" + U+0301) would otherwise hash and search differently from "é".
/// This table (generated from the Unicode data for U+00C0–U+024F and U+1E00–U+1EFF, composition exclusions
/// left out) covers Latin-script text; other scripts pass through unchanged.
/// </remarks>
internal static class LatinComposition
{
    private static readonly (char Mark, string Bases, string Composed)[] Table =
    [
        ('\u0300', "AEIOUaeiouÜüNnĒēŌōWwÂâĂăÊêÔôƠơƯưYy", "ÀÈÌÒÙàèìòùǛǜǸǹḔḕṐṑẀẁẦầẰằỀềỒồỜờỪừỲỳ"),
        ('\u0301', "AEIOUYaeiouyCcLlNnRrSsZzÜüGgÅåÆæØøÇçĒēÏïKkMmÕõŌōPpŨũWwÂâĂăÊêÔôƠơƯư", "ÁÉÍÓÚÝáéíóúýĆćĹĺŃńŔŕŚśŹźǗǘǴǵǺǻǼǽǾǿḈḉḖḗḮḯḰḱḾḿṌṍṒṓṔṕṸṹẂẃẤấẮắẾếỐốỚớỨứ"),
        ('\u0302', "AEIOUaeiouCcGgHhJjSsWwYyZzẠạẸẹỌọ", "ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷẐẑẬậỆệỘộ"),
        ('\u0303', "ANOanoIiUuVvÂâĂăEeÊêÔôƠơƯưYy", "ÃÑÕãñõĨĩŨũṼṽẪẫẴẵẼẽỄễỖỗỠỡỮữỸỹ"),
        ('\u0304', "AaEeIiOoUuÜüÄäȦȧÆæǪǫÖöÕõȮȯYyGgḶḷṚṛ", "ĀāĒēĪīŌōŪūǕǖǞǟǠǡǢǣǬǭȪȫȬȭȰȱȲȳḠḡḸḹṜṝ"),
        ('\u0306', "AaEeGgIiOoUuȨȩẠạ", "ĂăĔĕĞğĬĭŎŏŬŭḜḝẶặ"),
        ('\u0307', "CcEeGgIZzAaOoBbDdFfHhMmNnPpRrSsŚśŠšṢṣTtWwXxYyſ", "ĊċĖėĠġİŻżȦȧȮȯḂḃḊḋḞḟḢḣṀṁṄṅṖṗṘṙṠṡṤṥṦṧṨṩṪṫẆẇẊẋẎẏẛ"),
        ('\u0308', "AEIOUaeiouyYHhÕõŪūWwXxt", "ÄËÏÖÜäëïöüÿŸḦḧṎṏṺṻẄẅẌẍẗ"),
        ('\u0309', "AaÂâĂăEeÊêIiOoÔôƠơUuƯưYy", "ẢảẨẩẲẳẺẻỂểỈỉỎỏỔổỞởỦủỬửỶỷ"),
        ('\u030A', "AaUuwy", "ÅåŮůẘẙ"),
        ('\u030B', "OoUu", "ŐőŰű"),
        ('\u030C', "CcDdEeLlNnRrSsTtZzAaIiOoUuÜüGgKkƷʒjHh", "ČčĎďĚěĽľŇňŘřŠšŤťŽžǍǎǏǐǑǒǓǔǙǚǦǧǨǩǮǯǰȞȟ"),
        ('\u030F', "AaEeIiOoRrUu", "ȀȁȄȅȈȉȌȍȐȑȔȕ"),
        ('\u0311', "AaEeIiOoRrUu", "ȂȃȆȇȊȋȎȏȒȓȖȗ"),
        ('\u031B', "OoUu", "ƠơƯư"),
        ('\u0323', "BbDdHhKkLlMmNnRrSsTtVvWwZzAaEeIiOoƠơUuƯưYy", "ḄḅḌḍḤḥḲḳḶḷṂṃṆṇṚṛṢṣṬṭṾṿẈẉẒẓẠạẸẹỊịỌọỢợỤụỰựỴỵ"),
        ('\u0324', "Uu", "Ṳṳ"),
        ('\u0325', "Aa", "Ḁḁ"),
        ('\u0326', "SsTt", "ȘșȚț"),
        ('\u0327', "CcGgKkLlNnRrSsTtEeDdHh", "ÇçĢģĶķĻļŅņŖŗŞşŢţȨȩḐḑḨḩ"),
        ('\u0328', "AaEeIiUuOo", "ĄąĘęĮįŲųǪǫ"),
        ('\u032D', "DdEeLlNnTtUu", "ḒḓḘḙḼḽṊṋṰṱṶṷ"),
        ('\u032E', "Hh", "Ḫḫ"),
        ('\u0330', "EeIiUu", "ḚḛḬḭṴṵ"),
        ('\u0331', "BbDdKkLlNnRrTtZzh", "ḆḇḎḏḴḵḺḻṈṉṞṟṮṯẔẕẖ"),
    ];

    private static readonly Dictionary<(char Base, char Mark), char> Pairs = BuildPairs();

    public static bool IsCandidateMark(char c) => c is >= '\u0300' and <= '\u0331';

    /// <summary>Returns the precomposed letter for <paramref name="letter"/> + <paramref name="mark"/>, if any.</summary>
    public static bool TryCompose(char letter, char mark, out char composed) =>
        Pairs.TryGetValue((letter, mark), out composed);

    private static Dictionary<(char, char), char> BuildPairs()
    {
        var pairs = new Dictionary<(char, char), char>();
        foreach (var (mark, bases, composed) in Table)
        {
            for (var i = 0; i < bases.Length; i++)
            {
                pairs[(bases[i], mark)] = composed[i];
            }
        }

        return pairs;
    }
}
