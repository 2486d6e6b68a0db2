using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Commands;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;

namespace Airspace.Discord.Commands;

/// <summary>
/// Suggestions while typing: /search query or /summary article, recent titles containing what was typed; /subscribe
/// source, the source names (the list so far kept, the name being typed completed).
/// </summary>
internal sealed class AutocompleteHandler(IArticleStore articles, ISourceCatalog sources)
{
    public const int MaxChoices = 25;
    private const int Candidates = 100;

    public async Task<IReadOnlyList<AutocompleteChoice>> ChoicesAsync(Interaction interaction, CancellationToken ct)
    {
        var focused = InteractionOptions.Focused(interaction);
        var typed = focused?.Value?.ToString().Trim() ?? "";
        if (string.Equals(focused?.Name, SubscribeCommand.SourceParameter, StringComparison.Ordinal))
        {
            return await SourceChoicesAsync(typed, ct).ConfigureAwait(false);
        }

        var recent = await articles.LatestAsync(Candidates, ct).ConfigureAwait(false);
        var matching = typed.Length == 0
            ? recent
            : recent.Where(a => a.Title.Contains(typed, StringComparison.OrdinalIgnoreCase)
                || a.Id.Value.ToString(CultureInfo.InvariantCulture) == typed.TrimStart('#')).ToList();
        var summary = string.Equals(interaction.Data?.Name, SummaryCommand.Definition.Name, StringComparison.Ordinal);
        return matching.Take(MaxChoices).Select(a => summary
                ? new AutocompleteChoice(DiscordText.CutAtWord($"#{a.Id.Value} {a.Title}", EmbedLimits.ChoiceName), a.Id.Value.ToString(CultureInfo.InvariantCulture))
                : new AutocompleteChoice(DiscordText.CutAtWord(a.Title, EmbedLimits.ChoiceName), QueryFrom(a.Title)))
            .ToArray();
    }

    /// <summary>"antara, in" suggests "antara, inbox": earlier names stay, the last one is completed, none repeated.</summary>
    private async Task<IReadOnlyList<AutocompleteChoice>> SourceChoicesAsync(string typed, CancellationToken ct)
    {
        var choice = await SourceChoice.LoadAsync(sources, ct).ConfigureAwait(false);
        var comma = typed.LastIndexOf(',');
        var earlier = comma < 0 ? [] : ArgumentSplitter.Split(typed[..comma]);
        var last = typed[(comma + 1)..].Trim();
        return choice.Names
            .Where(n => n.Contains(last, StringComparison.OrdinalIgnoreCase) && !earlier.Contains(n, StringComparer.OrdinalIgnoreCase))
            .Select(n => string.Join(", ", earlier.Append(n)))
            .Where(v => v.Length <= EmbedLimits.ChoiceValue)
            .Take(MaxChoices)
            .Select(v => new AutocompleteChoice(DiscordText.CutAtWord(v, EmbedLimits.ChoiceName), v))
            .ToArray();
    }

    /// <summary>A title as a search query of at most 100 characters, cut at a word and without an ellipsis.</summary>
    private static string QueryFrom(string title)
    {
        if (title.Length <= EmbedLimits.ChoiceValue)
        {
            return title;
        }

        var space = title.LastIndexOf(' ', EmbedLimits.ChoiceValue);
        return space > 0 ? title[..space] : DiscordText.CutAtWord(title, EmbedLimits.ChoiceValue).TrimEnd(DiscordText.Ellipsis);
    }
}
