using System.ClientModel;
using System.ClientModel.Primitives;
using Airspace.Core.Summaries;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Airspace.Llm;

public static class LlmServiceCollectionExtensions
{
    // OpenAI's client insists on a key; local servers (Ollama, llama.cpp) ignore whatever is sent.
    private const string NoKey = "not-needed";

    /// <summary>
    /// Binds <c>Airspace:Llm</c> and, only when <c>Enabled</c> is true, registers <see cref="LlmSummarizer"/> as the
    /// <see cref="ISummarizer"/> (with the extractive summariser as its fallback). Call it before the default
    /// summariser is added with TryAdd, so that the LLM one wins when enabled and nothing changes when it is not.
    /// </summary>
    public static IServiceCollection AddAirspaceLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddValidatedOptions<LlmOptions>(section);

        // Whether to register at all is the one value read here; a value that is not true or false registers nothing
        // and fails the options' validation, naming the key.
        if (!bool.TryParse(section[nameof(LlmOptions.Enabled)], out var enabled) || !enabled)
        {
            return services;
        }

        services.AddSingleton<ISummarizer>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var extractive = new ExtractiveSummarizer(sp.GetService<IOptions<SummarizerOptions>>()?.Value ?? new SummarizerOptions());
            var logger = sp.GetRequiredService<ILogger<LlmSummarizer>>();
            LlmLog.Enabled(logger, o.Model, o.Endpoint!.GetLeftPart(UriPartial.Authority), o.Timeout.TotalMilliseconds);
            return new LlmSummarizer(CreateChatClient(o), extractive, o, logger);
        });
        return services;
    }

    /// <summary>An <see cref="IChatClient"/> for an OpenAI-compatible endpoint; the key comes from the environment only.</summary>
    public static IChatClient CreateChatClient(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = Environment.GetEnvironmentVariable(options.ApiKeyVariable);
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = options.Timeout,

            // One attempt: the timeout bounds the whole summary, and the extractive fallback is always there.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var chat = new OpenAI.Chat.ChatClient(
            options.Model, new ApiKeyCredential(string.IsNullOrEmpty(key) ? NoKey : key), clientOptions);
        return chat.AsIChatClient();
    }
}
