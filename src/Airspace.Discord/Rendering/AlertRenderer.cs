using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Publishing;

namespace Airspace.Discord.Rendering;

/// <summary>An article alert: one embed (title linked, summary, image, author, source and category, time, colour) within every limit.</summary>
internal sealed class AlertRenderer(IOptions<DiscordOptions> options, IOptions<ChatLanguageOptions> chat)
{
    /// <summary>Discord's nonce is at most 25 characters; "as" + a 64-bit id always fits.</summary>
    public static string Nonce(DeliveryId id) => "as" + id.ToString();

    /// <summary>The alert with its labels in the subscription's language (else <see cref="ChatLanguageOptions.Language"/>).</summary>
    public MessagePayload Render(Post post)
    {
        using var language = ChatLanguage.UseFor(post, chat.Value);
        return new()
        {
            Embeds = EmbedFitter.Fit([Embed(post.Article, post.Kind == DeliveryKind.Edit)]),
            Nonce = post.Kind == DeliveryKind.Post ? Nonce(post.DeliveryId) : null,
            // A retry with the same nonce returns the message already posted instead of posting it twice.
            EnforceNonce = post.Kind == DeliveryKind.Post ? true : null,
        };
    }

    /// <summary>A digest's next part (<see cref="DigestRenderer"/>) with the heading in the subscription's language, as <see cref="Render"/>.</summary>
    public DigestPart<MessagePayload> RenderDigest(Post post, DigestSlice slice)
    {
        ArgumentNullException.ThrowIfNull(post);
        using var language = ChatLanguage.UseFor(post, chat.Value);
        return DigestRenderer.Render(post, slice);
    }

    public Embed Embed(Article article, bool edited)
    {
        var fields = new List<EmbedField> { new(ChatText.Get("alert.source"), DiscordText.Fit(article.Source, EmbedLimits.FieldValue), true) };
        if (article.Categories.Count > 0)
        {
            fields.Add(new EmbedField(ChatText.Get(article.Categories.Count == 1 ? "alert.category" : "alert.categories"), DiscordText.Fit(string.Join(", ", article.Categories), EmbedLimits.FieldValue), true));
        }

        return new Embed
        {
            Title = DiscordText.Fit(article.Title, EmbedLimits.Title, escape: false),
            Url = HttpUrl(article.Url),
            Description = article.Summary.Trim().Length == 0 ? null : DiscordText.Fit(article.Summary, EmbedLimits.Description),
            Timestamp = Timestamp(article.Published),
            Color = options.Value.AlertColorValue,
            Author = article.Author is { Length: > 0 } author ? new EmbedAuthor(DiscordText.Fit(author, EmbedLimits.AuthorName, escape: false)) : null,
            Image = HttpUrl(article.ImageUrl) is { } image ? new EmbedImage(image) : null,
            Fields = fields,
            // The id, for /summary 752.
            Footer = new EmbedFooter(edited ? $"#{article.Id.Value} · {ChatText.Get("alert.updated")}" : $"#{article.Id.Value}"),
        };
    }

    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string? HttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && url!.Length <= EmbedLimits.Url ? uri.AbsoluteUri : null;
}
