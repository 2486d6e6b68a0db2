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

    /// <summary>
    /// The next part of a digest: one embed holding as many of the slice's articles as its description allows (at
    /// least one), titled with the heading and the part's number.
    /// </summary>
    public static DigestPart<MessagePayload> Render(Post post, DigestSlice slice)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(slice);
        var descriptions = new List<string>();
        var current = new StringBuilder();
        var held = 0;
        foreach (var article in slice.Articles)
        {
            var block = Block(article);
            if (current.Length > 0 && current.Length + Separator.Length + block.Length > EmbedLimits.Description)
            {
                descriptions.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? Separator : "").Append(block);
            held += descriptions.Count == 0 ? 1 : 0;
        }

        descriptions.Add(current.ToString());
        var heading = DigestParts.Heading(post.Digest.Count);
        var parts = slice.Part + descriptions.Count;
        var payload = new MessagePayload
        {
            Embeds =
            [
                new Embed
                {
                    Title = DiscordText.Fit(parts == 1 ? heading : string.Create(CultureInfo.InvariantCulture, $"{heading} ({slice.Part + 1}/{parts})"), EmbedLimits.Title, escape: false),
                    Description = descriptions[0].Length == 0 ? null : descriptions[0],
                },
            ],

            // One nonce per part and the articles it holds: a retried part returns the message already posted
            // instead of posting it twice, and a part whose articles changed is never answered by an old message.
            Nonce = string.Create(CultureInfo.InvariantCulture, $"{AlertRenderer.Nonce(post.DeliveryId)}-{slice.Offset}-{held}"),
            EnforceNonce = true,
        };
        return new(payload, held);
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
