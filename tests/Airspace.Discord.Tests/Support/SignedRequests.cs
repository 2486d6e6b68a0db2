using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Airspace.Discord.Tests.Support;

/// <summary>POSTs to the bot's interactions endpoint, signed as Discord signs them (or not at all).</summary>
public static class SignedRequests
{
    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A request for <paramref name="body"/>; <paramref name="content"/> replaces the bytes sent (to send them chunked, or tampered).</summary>
    public static HttpRequestMessage Create(int port, string body, Ed25519TestKeys? signer, string? timestamp = null, HttpContent? content = null)
    {
        timestamp ??= Now();
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/discord/interactions")
        {
            Content = content ?? new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signer is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, bytes));
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return request;
    }
}
