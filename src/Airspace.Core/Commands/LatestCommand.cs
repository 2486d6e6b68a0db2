using System.Globalization;
using Airspace.Core.Articles;

namespace Airspace.Core.Commands;

public sealed class LatestCommand(IArticleStore articles, IDemoMode demo) : IChatCommand
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;

    public string Name => "latest";
    public string Usage => "[n]";
    public string Description => $"The newest articles with their summaries (default {DefaultCount}, at most {MaxCount})";

    public async Task<Reply> ExecuteAsync(CommandContext context, string arguments, CancellationToken ct)
    {
        var count = DefaultCount;
        if (arguments.Length > 0
            && (!int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount))
        {
            return Reply.Error($"Usage: /latest [n], where n is a number from 1 to {MaxCount}.");
        }

        var latest = await articles.LatestAsync(count, await demo.IsActiveAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        return latest.Count == 0
            ? Reply.Info("No articles yet.")
            : new Reply
            {
                Text = latest.Count == 1 ? "The latest article:" : $"The latest {latest.Count} articles:",
                Articles = latest.Select(a => ReplyArticle.From(a, withSummary: true)).ToArray(),
            };
    }
}
