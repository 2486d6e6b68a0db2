namespace Airspace.Feeds.Http;

/// <summary>A connection the SSRF guard refused; the message says which host and what kind of address.</summary>
public sealed class SsrfRefusedException(string message) : IOException(message);
