using System.Diagnostics.Metrics;

namespace Airspace.Core.Health;

/// <summary>
/// Whether the store answers, as last seen by a probe (<see cref="StoreProbe"/>, <c>/healthz</c>) or by a loop that hit
/// a <see cref="StoreUnavailableException"/>. It logs one warning when the store goes away and one information when
/// it is back (the loops log their own failures of that kind at debug level only), and reports the gauge
/// <c>airspace.store.up</c> (1 answering, 0 not).
/// </summary>
public sealed class StoreAvailability
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _gate = new();
    private DateTimeOffset? _downSince;

    public StoreAvailability(TimeProvider time, ILogger<StoreAvailability> logger, IMeterFactory? meters = null)
    {
        _time = time;
        _logger = logger;
        meters?.Create(AirspaceMetrics.MeterName).CreateObservableGauge(
            "airspace.store.up", () => IsUp ? 1 : 0, "{up}", "1 while the store answers, 0 during an outage (the bot retries and loses nothing).");
    }

    /// <summary>False from the first failure seen until the next success.</summary>
    public bool IsUp
    {
        get
        {
            lock (_gate)
            {
                return _downSince is null;
            }
        }
    }

    /// <summary>When the current outage began (null while the store answers).</summary>
    public DateTimeOffset? DownSince
    {
        get
        {
            lock (_gate)
            {
                return _downSince;
            }
        }
    }

    /// <summary>The store answered.</summary>
    public void ReportUp()
    {
        DateTimeOffset since;
        lock (_gate)
        {
            if (_downSince is not { } down)
            {
                return;
            }

            since = down;
            _downSince = null;
        }

        CoreLog.StoreBack(_logger, _time.GetUtcNow() - since);
    }

    /// <summary>The store failed with <paramref name="exception"/>; true when that is an outage (and now recorded as one).</summary>
    public bool ReportFailure(Exception exception)
    {
        if (!StoreUnavailableException.IsIn(exception))
        {
            return false;
        }

        lock (_gate)
        {
            if (_downSince is not null)
            {
                return true;
            }

            _downSince = _time.GetUtcNow();
        }

        CoreLog.StoreGone(_logger, Reason(exception));
        return true;
    }

    /// <summary>The outage's own sentence (it names the store, never a password).</summary>
    private static string Reason(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StoreUnavailableException outage)
            {
                return outage.Message;
            }
        }

        return exception.GetType().Name;
    }
}
