namespace Airspace.Telegram.Transport.Api;

/// <summary>
/// The bot token for <see cref="SecretRedactor"/>. The token is part of every request URL (<c>/bot&lt;token&gt;/method</c>),
/// so any exception message that quotes a URL could carry it.
/// </summary>
internal sealed class Redactor(string token)
{
    // The secret half alone is just as sensitive (a URL-encoded colon would hide the whole token from the first pass).
    private readonly string? _secretHalf = token.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && colon < token.Length - 1
        ? token[(colon + 1)..]
        : null;

    public string Scrub(string? text) => SecretRedactor.Redact(text, token, _secretHalf);

    /// <summary>"Type: message" for the exception and its inner exceptions, scrubbed; used instead of logging the exception object.</summary>
    public string Describe(Exception exception) => SecretRedactor.Describe(exception, token, _secretHalf);
}
