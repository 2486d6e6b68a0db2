using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Commands;

namespace Airspace.Discord.Commands;

/// <summary>Suggestions while typing /search query or /summary article: recent titles containing what was typed.</summary>
internal sealed class AutocompleteHandler(IArticleStore articles)
{
    public const int MaxChoices = 25;
    private const int Candidates = 100;

    public async Task<IReadOnlyList<AutocompleteChoice>> ChoicesAsync(Interaction interaction, CancellationToken ct)
    {
        var focused = InteractionOptions.Focused(interaction);
        var typed = focused?.Value?.ToString().Trim() ?? "";
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
