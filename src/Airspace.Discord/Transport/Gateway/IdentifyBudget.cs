using Airspace.Core.State;

namespace Airspace.Discord.Transport.Gateway;

/// <summary>
/// Guards Identify, of which Discord allows 1,000 a day (exceeding it resets the bot token). Before each Identify it
/// reads <c>session_start_limit</c> from <c>GET /gateway/bot</c> and waits for the reset when little is left; it also
/// keeps its own count per UTC day and the time of the last Identify in the store, so a process that crashes and
/// restarts in a loop cannot burn the budget either.
/// </summary>
internal sealed class IdentifyBudget(
    DiscordRestClient rest,
    IStateStore state,
    DiscordStatus status,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<IdentifyBudget> logger)
{
    /// <summary>The UTC day (days since the Unix epoch) that <see cref="Count"/> counts.</summary>
    public static readonly StateKey<long> Day = StateKey.Number("discord.identify.day");

    /// <summary>Identifies sent on <see cref="Day"/>.</summary>
    public static readonly StateKey<long> Count = StateKey.Number("discord.identify.count");

    /// <summary>When the last Identify was sent.</summary>
    public static readonly StateKey<DateTimeOffset> Last = StateKey.UnixMilliseconds("discord.identify.last-ms");

    /// <summary>Part of Discord's daily budget we never touch, for manual restarts and other tools using the token.</summary>
    public static int Reserve(int total) => Math.Max(1, total / 10);

    /// <summary>Waits until an Identify is allowed and returns the gateway URL to identify on.</summary>
    public async Task<Uri> ReserveAsync(CancellationToken ct)
    {
        var url = await WaitForDiscordBudgetAsync(ct).ConfigureAwait(false);
        await WaitForLocalBudgetAsync(ct).ConfigureAwait(false);
        return url;
    }

    private async Task<Uri> WaitForDiscordBudgetAsync(CancellationToken ct)
    {
        var configured = options.Value.GatewayUrl;
        while (true)
        {
            var result = await rest.SendAsync(new RestRequest(RestRoute.GetGatewayBot()), ct).ConfigureAwait(false);
            if (status.IsHalted)
            {
                throw new OperationCanceledException(status.FatalError, null, status.Halted);
            }

            var info = result.IsSuccess && result.Body is { } body ? DiscordJson.Deserialize<GatewayBotInfo>(body) : null;
            var url = configured is { Length: > 0 } ? configured : info?.Url;
            if (url is not { Length: > 0 })
            {
                throw new GatewayUnavailableException("GET /gateway/bot failed: " + result.Describe());
            }

            if (info?.SessionStartLimit is { } limit && limit.Remaining <= Reserve(limit.Total))
            {
                var wait = TimeSpan.FromMilliseconds(Math.Max(1000, limit.ResetAfter));
                DiscordLog.IdentifyBudgetLow(logger, limit.Remaining, limit.Total, wait);
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
                continue;
            }

            if (info?.Shards > 1)
            {
                DiscordLog.ShardsRecommended(logger, info.Shards);
            }

            return new Uri(url);
        }
    }

    private async Task WaitForLocalBudgetAsync(CancellationToken ct)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var today = now.ToUnixTimeSeconds() / 86_400;
            var count = await state.GetAsync(Day, ct).ConfigureAwait(false) == today
                ? await state.GetAsync(Count, ct).ConfigureAwait(false)
                : 0;
            var last = await state.GetAsync(Last, ct).ConfigureAwait(false);
            if (count >= options.Value.MaxIdentifiesPerDay)
            {
                var tomorrow = DateTimeOffset.FromUnixTimeSeconds((today + 1) * 86_400);
                DiscordLog.IdentifyCapReached(logger, count, tomorrow);
                await Task.Delay(tomorrow - now, time, ct).ConfigureAwait(false);
                continue;
            }

            var spacing = last + options.Value.MinIdentifyInterval - now;
            if (spacing > TimeSpan.Zero)
            {
                await Task.Delay(spacing, time, ct).ConfigureAwait(false);
                continue;
            }

            return;
        }
    }

    /// <summary>Counts an Identify actually sent (a connection that failed before it does not count).</summary>
    public async Task RecordAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = now.ToUnixTimeSeconds() / 86_400;
        var count = await state.GetAsync(Day, ct).ConfigureAwait(false) == today
            ? await state.GetAsync(Count, ct).ConfigureAwait(false)
            : 0;
        await state.SetAsync(Day, today, ct).ConfigureAwait(false);
        await state.SetAsync(Count, count + 1, ct).ConfigureAwait(false);
        await state.SetAsync(Last, now, ct).ConfigureAwait(false);
        DiscordLog.Identifying(logger, count + 1, options.Value.MaxIdentifiesPerDay);
    }
}

