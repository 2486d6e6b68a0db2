using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Airspace.Core;

/// <summary>
/// The bot's own instruments on the <c>Airspace</c> meter, defined once here so each place that counts is one call.
/// Names follow OpenTelemetry's dotted style; the Prometheus exporter turns <c>airspace.deliveries.sent</c> into
/// <c>airspace_deliveries_sent_total</c> and a histogram in seconds into <c>…_seconds_bucket</c> (docs/metrics.md).
/// </summary>
/// <remarks>
/// Static, not per container: recording without a listener costs next to nothing, and the call sites (dispatcher,
/// poller, router, gateway) stay free of a constructor parameter. The outbox gauges read the store, so they belong
/// to the host that owns the store and live there.
/// </remarks>
public static class AirspaceMetrics
{
    public const string MeterName = "Airspace";

    /// <summary>Seconds: a delivery waits from milliseconds (idle bot) to hours (a platform down, a long 429).</summary>
    private static readonly double[] LatencyBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

    /// <summary>Seconds: a command answers from the index or the store in milliseconds; a slow one takes seconds.</summary>
    private static readonly double[] CommandBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> ArticlesIngested = Meter.CreateCounter<long>(
        "airspace.articles.ingested", "{article}", "Articles that entered the store, by source and outcome (inserted, updated, unchanged).");

    private static readonly Counter<long> DeliveriesSent = Meter.CreateCounter<long>(
        "airspace.deliveries.sent", "{delivery}", "Deliveries the platform accepted, by platform.");

    private static readonly Counter<long> DeliveriesFailed = Meter.CreateCounter<long>(
        "airspace.deliveries.failed", "{delivery}", "Deliveries given up on (rejected, channel gone, attempts used up), by platform.");

    private static readonly Counter<long> DeliveriesRetried = Meter.CreateCounter<long>(
        "airspace.deliveries.retried", "{delivery}", "Failed attempts scheduled to be tried again, by platform.");

    private static readonly Counter<long> RateLimitedResponses = Meter.CreateCounter<long>(
        "airspace.rate_limited", "{response}", "Requests the platform answered with 429 (too many requests), by platform.");

    private static readonly Histogram<double> DeliveryLatency = Meter.CreateHistogram(
        "airspace.delivery.latency", "s", "From the delivery's creation in the store to the platform's acceptance, by platform.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    private static readonly Counter<long> SourcePolls = Meter.CreateCounter<long>(
        "airspace.source.polls", "{poll}", "Feed polls by source and result (fetched, not_modified, failed).");

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "airspace.commands", "{command}", "Chat commands handled, by command and platform.");

    private static readonly Histogram<double> CommandDuration = Meter.CreateHistogram(
        "airspace.command.duration", "s", "Time to answer a chat command, by command and platform.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = CommandBuckets });

    private static readonly Counter<long> GatewayReconnects = Meter.CreateCounter<long>(
        "airspace.gateway.reconnects", "{reconnect}", "Gateway sessions that ended and are reconnected, by platform and action (resume, identify).");

    public static void ArticleIngested(string source, UpsertKind kind) =>
        ArticlesIngested.Add(1, new("source", source), new("outcome", kind.ToString().ToLowerInvariant()));

    public static void DeliverySent(string platform, TimeSpan sinceCreated)
    {
        DeliveriesSent.Add(1, new KeyValuePair<string, object?>("platform", platform));
        DeliveryLatency.Record(Math.Max(0, sinceCreated.TotalSeconds), new KeyValuePair<string, object?>("platform", platform));
    }

    public static void DeliveryFailed(string platform) => DeliveriesFailed.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public static void DeliveryRetried(string platform) => DeliveriesRetried.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>Counted where the adapter reads the 429, so our own pacing waits are not counted as the platform's.</summary>
    public static void RateLimited(string platform) => RateLimitedResponses.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary><paramref name="result"/>: <c>fetched</c>, <c>not_modified</c> or <c>failed</c>.</summary>
    public static void SourcePolled(string source, string result) =>
        SourcePolls.Add(1, new("source", source), new("result", result));

    /// <summary>Runs a command and records its count and duration (also when it throws).</summary>
    /// <remarks>A <see cref="Stopwatch"/>, not the injected clock: it measures real work for the operator, and no test reads it.</remarks>
    public static async Task<T> CommandAsync<T>(string command, string platform, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await run().ConfigureAwait(false);
        }
        finally
        {
            TagList tags = new() { { "command", command }, { "platform", platform } };
            Commands.Add(1, tags);
            CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    public static void GatewayReconnect(string platform, string action) =>
        GatewayReconnects.Add(1, new("platform", platform), new("action", action.ToLowerInvariant()));
}
