namespace Airspace.Discord.Transport.Wire;

/// <summary>Component type 1: a row of up to five buttons.</summary>
internal sealed record ActionRow(IReadOnlyList<Button> Components)
{
    public int Type => 1;
}

/// <summary>Component type 2; style 2 is the grey "secondary" button. custom_id is at most 100 characters.</summary>
internal sealed record Button(string Label, string CustomId, bool Disabled = false)
{
    public const int MaxCustomIdLength = 100;

    public int Type => 2;
    public int Style => 2;
}
