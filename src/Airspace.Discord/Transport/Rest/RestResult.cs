using System.Text.Json;

namespace Airspace.Discord.Transport.Rest;

internal enum RestResultKind
{
    Success,
    /// <summary>Rate-limited for longer than the caller wants to wait; <see cref="RestResult.RetryAfter"/> says how long.</summary>
    RateLimited,
    /// <summary>401: the token is bad. All traffic has been halted.</summary>
    Unauthorized,
    /// <summary>The adapter was halted earlier; nothing was sent.</summary>
    Halted,
    /// <summary>A 4xx other than 401/429: our request or the resource is wrong; never retried.</summary>
    ClientError,
    /// <summary>5xx after retries.</summary>
    ServerError,
    /// <summary>No HTTP answer after retries (connection refused, timeout).</summary>
    NetworkError,
}

/// <summary>What Discord answered; expected failures are values.</summary>
internal sealed record RestResult(RestResultKind Kind, int Status = 0)
{
    public JsonElement? Body { get; init; }

    /// <summary>Discord's JSON error code (10003 Unknown Channel, 50013 Missing Permissions …).</summary>
    public int? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public TimeSpan RetryAfter { get; init; }

    public bool IsSuccess => Kind == RestResultKind.Success;

    /// <summary>One line for logs and delivery reasons; never contains a token.</summary>
    public string Describe() => Kind switch
    {
        RestResultKind.Success => $"HTTP {Status}",
        RestResultKind.RateLimited => $"rate-limited for {RetryAfter.TotalSeconds:0.###} s",
        RestResultKind.Unauthorized => "Discord rejected the bot token (401)",
        RestResultKind.Halted => "the Discord adapter is stopped",
        RestResultKind.NetworkError => "Discord unreachable: " + ErrorMessage,
        _ => $"HTTP {Status}" + (ErrorCode is { } code ? $" {ErrorMessage} ({code})" : ErrorMessage is null ? "" : " " + ErrorMessage),
    };

    public string? GetString(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
