using System.Text;
using Airspace.Core.Commands;
using Airspace.Core.Text;

namespace Airspace.Discord.Rendering;

/// <summary>A command <see cref="Reply"/> as a Discord message: text, one embed per article, paging buttons; errors are ephemeral.</summary>
internal sealed class ReplyRenderer(SearchButtons buttons)
{
    public async Task<MessagePayload> RenderAsync(Reply reply, CancellationToken ct)
    {
        var embeds = reply.Articles.Take(EmbedLimits.EmbedsPerMessage).Select(Embed).ToArray();
        var row = reply.Paging is { PageCount: > 1 } paging ? await buttons.RowAsync(paging, ct).ConfigureAwait(false) : null;
        return new MessagePayload
        {
            Content = DiscordText.Fit((reply.IsError ? "⚠️ " : "") + reply.Text, EmbedLimits.Content),
            Embeds = embeds.Length == 0 ? [] : EmbedFitter.Fit(embeds),
            Components = row is null ? [] : [row],
            Flags = reply.IsError ? MessagePayload.EphemeralFlag : null,
        };
    }

    private static Embed Embed(ReplyArticle article)
    {
        var description = article.Snippet is { } snippet ? Highlight(snippet)
            : article.Summary is { Length: > 0 } summary ? DiscordText.Fit(summary, EmbedLimits.Description)
            : null;
        var footer = article.Id is { } id ? $"#{id.Value} · {article.Source}" : article.Source;
        return new Embed
        {
            Title = DiscordText.Fit(article.Title, EmbedLimits.Title, escape: false),
            Url = AlertRenderer.HttpUrl(article.Url),
            Description = description,
            Timestamp = AlertRenderer.Timestamp(article.Published),
            Footer = new EmbedFooter(DiscordText.Fit(footer, EmbedLimits.FooterText, escape: false)),
        };
    }

    /// <summary>Highlighted runs in bold; a snippet longer than the limit keeps its start.</summary>
    private static string Highlight(HighlightedText snippet)
    {
        var text = new StringBuilder();
        foreach (var run in snippet.Runs)
        {
            var escaped = DiscordText.Escape(run.Text);
            var piece = run.Highlighted && run.Text.Trim().Length > 0 ? "**" + escaped + "**" : escaped;
            if (text.Length + piece.Length > EmbedLimits.Description)
            {
                text.Append(DiscordText.CutAtWord(escaped, Math.Max(0, EmbedLimits.Description - text.Length)));
                break;
            }

            text.Append(piece);
        }

        return text.ToString();
    }
}
