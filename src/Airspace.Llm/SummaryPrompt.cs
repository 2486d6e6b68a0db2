using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Airspace.Core.Summaries;
using Microsoft.Extensions.AI;

namespace Airspace.Llm;

/// <summary>The prompt file with its placeholders, and the messages built from it for one article.</summary>
internal sealed class SummaryPrompt
{
    private readonly string template;

    public SummaryPrompt(string template)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        this.template = template.Trim();
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(this.template)))[..8];
    }

    /// <summary>First 8 hex digits of the prompt's SHA-256: part of the summariser version, so a new prompt shows.</summary>
    public string Hash { get; }

    public static SummaryPrompt Load(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"Airspace:Llm:PromptFile '{full}' does not exist.");
        }

        return new SummaryPrompt(File.ReadAllText(full));
    }

    public List<ChatMessage> Messages(SummaryInput input, int maxInputCharacters, int maxSummaryCharacters)
    {
        var language = input.Language == "en" ? "English" : "Indonesian";
        var system = template
            .Replace("{language}", language, StringComparison.Ordinal)
            .Replace("{max_characters}", maxSummaryCharacters.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var body = input.Body.Length <= maxInputCharacters ? input.Body : input.Body[..maxInputCharacters];
        var user = $"Title: {input.Title}\n\nArticle:\n{body}";
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)];
    }
}
