namespace Airspace.Llm;

/// <summary>The optional LLM summariser. Bound from <c>Airspace:Llm</c>; off unless <see cref="Enabled"/>.</summary>
public sealed class LlmOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Llm";
    public const string DefaultApiKeyVariable = "AIRSPACE_LLM_API_KEY";

    /// <summary>When false (the default) nothing is registered and the extractive summariser is used.</summary>
    public bool Enabled { get; set; }

    /// <summary>Base URL of an OpenAI-compatible API, e.g. <c>http://localhost:11434/v1</c> for a local Ollama.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Allow a plain-http <see cref="Endpoint"/> to a host other than this machine (a trusted network only; warned at start-up).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Model name as the endpoint knows it, e.g. <c>llama3.1:8b</c> or <c>gpt-4o-mini</c>.</summary>
    public string Model { get; set; } = string.Empty;

    /// <summary>
    /// Name of the environment variable holding the API key (the key itself is never read from configuration
    /// files). Local servers such as Ollama need none.
    /// </summary>
    public string ApiKeyVariable { get; set; } = DefaultApiKeyVariable;

    /// <summary>How long one summary may take before the extractive summary is used instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The system prompt; relative paths are resolved against the application directory.</summary>
    public string PromptFile { get; set; } = Path.Combine("Prompts", "summary.txt");

    /// <summary>Only the start of very long articles is sent, to bound cost and latency.</summary>
    public int MaxInputCharacters { get; set; } = 8000;

    /// <summary>Summaries longer than this are cut to whole sentences (or replaced by the extractive one).</summary>
    public int MaxSummaryCharacters { get; set; } = 600;

    /// <summary>Null when valid, else one sentence naming the bad key.</summary>
    public string? Validate()
    {
        if (!Enabled)
        {
            return null;
        }

        if (Endpoint is null || !Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("http" or "https"))
        {
            return "Airspace:Llm:Endpoint must be an absolute http(s) URL when Airspace:Llm:Enabled is true.";
        }

        if (PlainHttp.Refusal(SectionName + ":Endpoint", Endpoint, AllowInsecureHttp) is { } plain)
        {
            return plain;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            return "Airspace:Llm:Model must name a model when Airspace:Llm:Enabled is true.";
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            return "Airspace:Llm:Timeout must be between 00:00:00.001 and 00:10:00.";
        }

        if (MaxInputCharacters < 500)
        {
            return "Airspace:Llm:MaxInputCharacters must be at least 500.";
        }

        return MaxSummaryCharacters < 100 ? "Airspace:Llm:MaxSummaryCharacters must be at least 100." : null;
    }
}
