namespace Airspace.Discord.Rendering;

/// <summary>Keeps a message's embeds within the 6,000-character total by sharing what is left for descriptions fairly.</summary>
internal static class EmbedFitter
{
    public static int Length(Embed embed) =>
        (embed.Title?.Length ?? 0)
        + (embed.Description?.Length ?? 0)
        + (embed.Footer?.Text.Length ?? 0)
        + (embed.Author?.Name.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);

    public static IReadOnlyList<Embed> Fit(IReadOnlyList<Embed> embeds, int total = EmbedLimits.Total)
    {
        var fitted = embeds.Take(EmbedLimits.EmbedsPerMessage).ToList();
        if (fitted.Sum(Length) <= total)
        {
            return fitted;
        }

        // Titles, fields and footers stay; if even they do not fit, the last embeds go.
        while (fitted.Count > 1 && fitted.Sum(e => Length(e) - (e.Description?.Length ?? 0)) > total)
        {
            fitted.RemoveAt(fitted.Count - 1);
        }

        var available = total - fitted.Sum(e => Length(e) - (e.Description?.Length ?? 0));
        var allowance = new int[fitted.Count];
        var order = Enumerable.Range(0, fitted.Count).OrderBy(i => fitted[i].Description?.Length ?? 0).ToArray();
        for (var n = 0; n < order.Length; n++)
        {
            // Short descriptions keep their length; the rest share what is left equally.
            var share = Math.Max(0, available) / (order.Length - n);
            var index = order[n];
            allowance[index] = Math.Min(fitted[index].Description?.Length ?? 0, share);
            available -= allowance[index];
        }

        for (var i = 0; i < fitted.Count; i++)
        {
            if (fitted[i].Description is { } description && description.Length > allowance[i])
            {
                var shorter = DiscordText.Fit(description, allowance[i], escape: false);
                fitted[i] = fitted[i] with { Description = shorter.Length == 0 ? null : shorter };
            }
        }

        return fitted;
    }
}
