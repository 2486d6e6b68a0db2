using System.Collections.Frozen;

namespace Airspace.Core.Text;

/// <summary>Words whose trailing period does not end a sentence (titles, ranks, "No.", months …).</summary>
internal static class Abbreviations
{
    // Case-sensitive on purpose: "No." before a number is an abbreviation, "no." ending an English sentence is not.
    // Abbreviations that often end a sentence (dll., dsb., etc., Inc., Ltd., Corp.) are not listed: the splitter
    // keeps them inside the sentence when the next word is lowercase ("PT X Tbk. menyatakan"), which is the
    // only signal that tells "Apple Inc. said" from "… by Apple Inc. The company …".
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
    [
        // Indonesian titles, ranks and address words
        "dr", "Dr", "DR", "drg", "Drg", "Prof", "prof", "Ir", "Drs", "Dra", "H", "Hj", "KH", "Jl", "Jln", "Gg",
        "No", "Kol", "Letkol", "Mayjen", "Brigjen", "Letjen", "Jend", "Jen", "Kapt", "Lt", "Laksda", "Laksma",
        "Marsda", "Marsma", "Pol", "Sdr", "Sdri", "Bpk", "Tn", "Ny", "Nn", "Kec", "Kab", "Prov", "Kel", "Yth",
        "yth", "Rp", "hal", "Hal", "hlm", "Hlm", "tgl", "Tgl", "pkl", "Telp", "telp", "Tel", "Fax", "Vol", "vol",
        "St", "Mt", "Ds", "PT", "CV",

        // English titles and ranks
        "Mr", "Mrs", "Ms", "Mx", "Jr", "Sr", "Gen", "Capt", "Col", "Maj", "Sgt", "Cpl", "Adm", "Cmdr", "Gov", "Sen",
        "Rep", "Rev", "Ft", "vs", "Vs", "approx", "Co", "Nos", "Fig", "fig",

        // Months, as in "Jan. 5"
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Agu", "Agt", "Sep", "Sept", "Okt", "Oct", "Nov", "Des",
        "Dec",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup =
        NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a period after <paramref name="token"/> is part of an abbreviation, not a sentence end.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return false;
        }

        // A single capital is an initial ("B. J. Habibie"); the cost is not splitting after "Grup A.".
        if (token.Length == 1)
        {
            return char.IsUpper(token[0]);
        }

        return NeverFinalLookup.Contains(token) || IsDotted(token);
    }

    /// <summary>"U.S", "e.g", "i.e", "a.n", "S.H", "M.Si", "Ph.D": short letter groups joined by periods.</summary>
    private static bool IsDotted(ReadOnlySpan<char> token)
    {
        if (token.IndexOf('.') < 0)
        {
            return false;
        }

        var segment = 0;
        var first = true;
        foreach (var c in token)
        {
            if (c == '.')
            {
                if (segment == 0 || (first && segment > 2))
                {
                    return false;
                }

                first = false;
                segment = 0;
                continue;
            }

            if (!char.IsLetter(c) || ++segment > 3)
            {
                return false;
            }
        }

        return segment > 0;
    }
}
