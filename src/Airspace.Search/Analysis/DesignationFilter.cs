using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Airspace.Search.Analysis;

/// <summary>
/// Makes aircraft and weapon designations findable whole as well as by parts. The standard tokenizer splits
/// "Su-35S" into "Su" and "35S"; after a short capitalised letter token directly followed (across one separator) by a
/// token starting with a digit, this filter stacks the joined form ("Su35S") at the second position, and, when
/// <c>families</c> is on (index side), the form without the variant letters ("Su35"), so that a search for "Su-35"
/// also finds the Su-35S and "F-16" the F-16V — but "Su-35S" does not find a plain Su-35.
/// Place it directly after the tokenizer (it needs the original case); stacked tokens span the whole designation.
/// </summary>
internal sealed class DesignationFilter : TokenFilter
{
    private const int MaxPrefixLength = 4;
    private const int MaxNumberLength = 6;

    private readonly bool families;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly Queue<string> pending = new();
    private State? pendingState;
    private int pendingStart;
    private string? previous;
    private int previousStart;
    private int previousEnd = -10;

    public DesignationFilter(TokenStream input, bool families)
        : base(input)
    {
        this.families = families;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            RestoreState(pendingState);
            term.SetEmpty().Append(pending.Dequeue());
            offset.SetOffset(pendingStart, offset.EndOffset);
            positionIncrement.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var current = term.ToString();
        if (previous is not null && offset.StartOffset - previousEnd is 0 or 1 && IsNumberPart(current))
        {
            var joined = previous + current;
            pending.Enqueue(joined);
            var digits = current.TrimEnd(LetterChars);
            if (families && digits.Length < current.Length && digits.Length > 0)
            {
                pending.Enqueue(previous + digits);
            }

            pendingState = CaptureState();
            pendingStart = previousStart;
        }

        previous = IsPrefix(current) ? current : null;
        previousStart = offset.StartOffset;
        previousEnd = offset.EndOffset;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        pendingState = null;
        previous = null;
        previousEnd = -10;
    }

    /// <summary>"Su", "F", "KF", "MiG", "AH": short, letters only, starting with a capital.</summary>
    internal static bool IsPrefix(string token) =>
        token.Length is > 0 and <= MaxPrefixLength && char.IsUpper(token[0]) && token.All(char.IsAsciiLetter);

    /// <summary>"35S", "16", "21", "130J": a number, optionally with variant letters, nothing else.</summary>
    internal static bool IsNumberPart(string token)
    {
        if (token.Length is 0 or > MaxNumberLength || !char.IsAsciiDigit(token[0]) || !token.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var letters = token.AsSpan().TrimStart("0123456789");
        return letters.Length <= 2 && !letters.ContainsAnyInRange('0', '9');
    }

    private static readonly char[] LetterChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray();
}
