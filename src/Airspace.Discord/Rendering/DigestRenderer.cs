using System.Globalization;
using System.Text;
using Airspace.Core.Publishing;

namespace Airspace.Discord.Rendering;

/// <summary>
/// A daily digest: messages of one embed each, the heading as its title and per article a linked bold title and a
/// one-line summary in its description. A new message starts only when the next article would pass the embed
/// description limit (4096), which keeps each message well inside the 6000-character total.
/// </summary>
internal static class DigestRenderer
{
    /// <summary>Room for one article (title and one line): every article fits in a message, however long its text.</summary>
    private const int MaxArticle = 1000;
    private const string Separator = "\n\n";

    public static IReadOnlyList<MessagePayload> Render(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var descriptions = new List<string>();
        var current = new StringBuilder();
        foreach (var article in post.Digest)
        {
            var block = Block(article);
            if (current.Length > 0 && current.Length + Separator.Length + block.Length > EmbedLimits.Description)
            {
                descriptions.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? Separator : "").Append(block);
        }

        descriptions.Add(current.ToString());
        var heading = DigestParts.Heading(post.Digest.Count);
        return [.. descriptions.Select((description, i) => new MessagePayload
        {
            Embeds =
            [
                new Embed
                {
                    Title = DiscordText.Fit(descriptions.Count == 1 ? heading : string.Create(CultureInfo.InvariantCulture, $"{heading} ({i + 1}/{descriptions.Count})"), EmbedLimits.Title, escape: false),
                    Description = description.Length == 0 ? null : description,
                },
            ],

            // One nonce per part: a retried part returns the message already posted instead of posting it twice.
            Nonce = string.Create(CultureInfo.InvariantCulture, $"{AlertRenderer.Nonce(post.DeliveryId)}-{i}"),
            EnforceNonce = true,
        })];
    }

    private static string Block(Core.Articles.Article article)
    {
        var title = DiscordText.Fit(article.Title, EmbedLimits.Title);
        var url = AlertRenderer.HttpUrl(article.Url);
        var line = url is null ? $"**{title}**" : $"**[{title}]({url.Replace(")", "%29", StringComparison.Ordinal)})**";
        var summary = DigestParts.OneLineSummary(article);
        var room = MaxArticle - line.Length - 1;
        return summary.Length == 0 || room <= 0 ? line : line + "\n" + DiscordText.Fit(summary, room);
    }
}
