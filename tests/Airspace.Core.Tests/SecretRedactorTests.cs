namespace Airspace.Core.Tests;

public sealed class SecretRedactorTests
{
    // Token-shaped test values are assembled at run time so no token-like literal sits in the repository.
    private static readonly string TelegramToken = "123456" + "789:" + new string('A', 20) + new string('x', 15);
    private static readonly string DiscordToken = "M" + new string('T', 23) + "." + "Cl2FMQ" + "." + new string('Z', 27);

    public static TheoryData<string, string> Secrets() => new()
    {
        { $"POST https://api.telegram.org/bot{TelegramToken}/sendMessage failed", TelegramToken },
        { "https://discord.com/api/webhooks/1234567890/abcDEF_ghi-JKLmno.pqr?wait=true", "abcDEF_ghi-JKLmno.pqr" },
        { $"Authorization: Bot {DiscordToken}", DiscordToken },
        { $"token {DiscordToken} leaked", DiscordToken },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Redact_TextWithSecret_RemovesItAndKeepsTheRest(string text, string secret)
    {
        var redacted = SecretRedactor.Redact(text);

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HttpRequestException: Connection refused (127.0.0.1:8080)")]
    [InlineData("Delivery 42 to telegram:-1001234567890 failed at 10:30:15")]
    public void Redact_OrdinaryText_IsUnchanged(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text));
    }

    [Fact]
    public void Redact_KnownSecret_ReplacedByTheOneMask()
    {
        var redacted = SecretRedactor.Redact("GET https://chat.example/api/s3cret-value/updates failed", "s3cret-value", null, "");

        Assert.Equal($"GET https://chat.example/api/{SecretRedactor.Mask}/updates failed", redacted);
    }

    [Fact]
    public void Redact_InteractionCallbackUrl_RemovesTheInteractionToken()
    {
        var redacted = SecretRedactor.Redact("POST /interactions/1234567890/aW50ZXJhY3Rpb24tdG9rZW4/callback: 404");

        Assert.Equal($"POST /interactions/1234567890/{SecretRedactor.Mask}/callback: 404", redacted);
    }

    [Fact]
    public void Describe_ExceptionChain_TypesAndMessagesRedacted()
    {
        var error = new InvalidOperationException("request failed", new TimeoutException($"no answer from bot{TelegramToken}"));

        var described = SecretRedactor.Describe(error);

        Assert.Equal($"InvalidOperationException: request failed → TimeoutException: no answer from bot{SecretRedactor.Mask}", described);
    }
}
