using System.Globalization;
using System.Text;
using Airspace.Core.Sources;
using Microsoft.Extensions.Options;

namespace Airspace.Core.Commands;

/// <summary>
/// <c>/sources</c>: the sources the bot follows and their health. Operators also see hosts and the last error (which
/// may name internal hosts and paths) in a private conversation or at the console; everyone else, and operators in a
/// group, see names and health only. Never full URLs (a feed URL may
/// carry a key in its query).
/// </summary>
public sealed class SourcesCommand(ISourceCatalog catalog, IOptions<OperatorsOptions> operators) : IChatCommand
{
    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new() { Name = "sources", Description = new("sources.description", "The news sources followed, and their health") };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sources = await catalog.ListAsync(ct).ConfigureAwait(false);
        if (sources.Count == 0)
        {
            return Reply.Info("No sources are configured. Add one under Airspace:Sources or with `airspace sources add`.");
        }

        // A chat operator's reply would be read by everyone in a group: details only in a private conversation.
        var details = context.IsOperator || (context.IsPrivate && operators.Value.Includes(context));
        var text = new StringBuilder($"{sources.Count} source{(sources.Count == 1 ? "" : "s")}:");
        foreach (var source in sources)
        {
            text.Append("\n• ").Append(Describe(source, details));
        }

        return Reply.Info(text.ToString());
    }

    /// <param name="details">Include the host and the error text (operators and the CLI only).</param>
    public static string Describe(SourceStatus status, bool details = true)
    {
        var (definition, state) = status;
        var host = details ? definition.Url.IdnHost + ", " : "";
        var text = new StringBuilder($"{definition.Name} ({definition.Kind}, {host}every {Interval(definition.Interval)})");
        text.Append(state.Health switch
        {
            SourceHealth.Healthy => " — healthy",
            SourceHealth.Unhealthy => $" — UNHEALTHY since {Time(state.UnhealthySince)}",
            _ => " — not polled yet",
        });
        if (state.LastSuccessAt is { } success)
        {
            text.Append(", last read ").Append(Time(success)).Append(" (").Append(state.ItemCount.ToString(CultureInfo.InvariantCulture)).Append(" items)");
        }

        if (state.LastError is { } error && state.ConsecutiveFailures > 0)
        {
            text.Append("; ").Append(state.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture))
                .Append(state.ConsecutiveFailures == 1 ? " failure" : " failures in a row");
            if (details)
            {
                text.Append(": ").Append(error);
            }
        }

        return text.ToString();
    }

    private static string Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "?";

    private static string Interval(TimeSpan interval) =>
        interval.TotalHours >= 1 && interval.TotalHours == Math.Floor(interval.TotalHours) ? $"{interval.TotalHours.ToString(CultureInfo.InvariantCulture)} h"
        : interval.TotalMinutes >= 1 && interval.TotalMinutes == Math.Floor(interval.TotalMinutes) ? $"{interval.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min"
        : $"{interval.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
}
