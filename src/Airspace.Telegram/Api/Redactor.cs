namespace Airspace.Telegram.Api;

/// <summary>
/// Removes the bot token from text that may reach a log or the store. The token is part of every request URL
/// (<c>/bot&lt;token&gt;/method</c>), so any exception message that quotes a URL could carry it.
/// </summary>
internal sealed class Redactor(string token)
{
    private const string Mask = "<token>";

    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var scrubbed = token.Length == 0 ? text : text.Replace(token, Mask, StringComparison.Ordinal);
        // The secret half alone is just as sensitive (a URL-encoded colon would hide the whole token from the first pass).
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && colon < token.Length - 1
            ? scrubbed.Replace(token[(colon + 1)..], Mask, StringComparison.Ordinal)
            : scrubbed;
    }

    /// <summary>"Type: message" for the exception and its inner exceptions, scrubbed; used instead of logging the exception object.</summary>
    public string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < 4; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message}");
        }

        return Scrub(string.Join(" → ", parts));
    }
}
