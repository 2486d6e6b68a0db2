using System.Globalization;
using Airspace.Core.Summaries;
using Microsoft.Extensions.AI;

namespace Airspace.Llm;

/// <summary>
/// Summaries written by a language model behind an OpenAI-compatible endpoint, with the extractive summariser as the
/// fallback: a timeout, an HTTP or protocol error, or an empty or over-long answer never loses a summary, it only
/// yields the extractive one (stored with the extractive version, so the store says which one it is).
/// </summary>
public sealed class LlmSummarizer : ISummarizer
{
    private readonly IChatClient client;
    private readonly ISummarizer fallback;
    private readonly LlmOptions options;
    private readonly SummaryPrompt prompt;
    private readonly ILogger logger;

    public LlmSummarizer(IChatClient client, ISummarizer fallback, LlmOptions options, ILogger<LlmSummarizer> logger)
        : this(client, fallback, options, SummaryPrompt.Load(options.PromptFile), logger)
    {
    }

    internal LlmSummarizer(IChatClient client, ISummarizer fallback, LlmOptions options, SummaryPrompt prompt, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        this.client = client;
        this.fallback = fallback;
        this.options = options;
        this.prompt = prompt;
        this.logger = logger;
        Version = string.Create(CultureInfo.InvariantCulture, $"llm-{options.Model};p={prompt.Hash};c={options.MaxSummaryCharacters}");
    }

    private string Redact(string text) => SecretRedactor.Redact(text, Environment.GetEnvironmentVariable(options.ApiKeyVariable));

    /// <summary>"llm-{model};p={prompt hash};c={max characters}" for model summaries.</summary>
    public string Version { get; }

    public async Task<Summary> SummarizeAsync(SummaryInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Body))
        {
            return await fallback.SummarizeAsync(input, ct).ConfigureAwait(false);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        string? answer;
        try
        {
            var chatOptions = new ChatOptions { Temperature = 0f, MaxOutputTokens = options.MaxSummaryCharacters };
            var messages = prompt.Messages(input, options.MaxInputCharacters, options.MaxSummaryCharacters);
            var response = await client.GetResponseAsync(messages, chatOptions, timeout.Token).ConfigureAwait(false);
            answer = response.Text;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            LlmLog.TimedOut(logger, options.Timeout.TotalMilliseconds);
            return await fallback.SummarizeAsync(input, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The provider's reason is useful, but providers echo what they were sent (a wrong key, a token pasted into
            // an article): it goes through the redactor, and the key this summariser sends is masked whatever its shape.
            LlmLog.Failed(logger, e.GetType().Name, Redact(e.Message));
            return await fallback.SummarizeAsync(input, ct).ConfigureAwait(false);
        }

        var (text, problem) = LlmAnswer.Clean(answer, options.MaxSummaryCharacters);
        if (problem is not null)
        {
            LlmLog.Unusable(logger, problem);
            return await fallback.SummarizeAsync(input, ct).ConfigureAwait(false);
        }

        return new Summary(text, Version);
    }
}
