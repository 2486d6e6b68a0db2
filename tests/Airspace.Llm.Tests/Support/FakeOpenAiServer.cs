using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Airspace.Llm.Tests.Support;

/// <summary>
/// A loopback OpenAI-compatible server (Kestrel on 127.0.0.1, port 0) answering <c>POST /v1/chat/completions</c>
/// with a scripted reply, recording each request's body and Authorization header.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly LoopbackKestrel kestrel;

    private FakeOpenAiServer(LoopbackKestrel kestrel, Uri endpoint)
    {
        this.kestrel = kestrel;
        Endpoint = endpoint;
    }

    /// <summary>The base URL to configure, ending in /v1 as Ollama's does.</summary>
    public Uri Endpoint { get; }

    public ConcurrentQueue<(JsonNode Body, string? Authorization)> Requests { get; } = new();

    /// <summary>What the next requests get: the assistant's text, an HTTP status, and a delay before answering.</summary>
    public string Reply { get; set; } = "Ringkasan dari model.";

    public int Status { get; set; } = StatusCodes.Status200OK;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>The error message a failing answer carries (providers echo keys and tokens in them).</summary>
    public string ErrorMessage { get; set; } = "scripted failure";

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        FakeOpenAiServer? server = null;
        var kestrel = await LoopbackKestrel.StartAsync(app => app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            server!.Requests.Enqueue((body!, context.Request.Headers.Authorization.ToString()));
            if (server.Delay > TimeSpan.Zero)
            {
                await Task.Delay(server.Delay, context.RequestAborted);
            }

            if (server.Status != StatusCodes.Status200OK)
            {
                return Results.Json(new { error = new { message = server.ErrorMessage, type = "server_error" } }, statusCode: server.Status);
            }

            return Results.Text(Completion(server.Reply), "application/json");
        }));
        server = new FakeOpenAiServer(kestrel, new Uri(kestrel.BaseAddress, "v1"));
        return server;
    }

    public ValueTask DisposeAsync() => kestrel.DisposeAsync();

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });
}
