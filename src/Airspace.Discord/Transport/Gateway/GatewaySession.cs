namespace Airspace.Discord.Transport.Gateway;

/// <summary>What a Resume needs: the session id, the resume URL from READY, and the last sequence number received.</summary>
internal sealed class GatewaySession
{
    private readonly Lock _gate = new();
    private long? _sequence;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public long? Sequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Keeps the latest sequence seen (a replay may repeat older ones).</summary>
    public void Observe(long sequence)
    {
        lock (_gate)
        {
            if (_sequence is null || sequence > _sequence)
            {
                _sequence = sequence;
            }
        }
    }

    /// <summary>Forgets the session: the next connection identifies.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            SessionId = null;
            ResumeUrl = null;
            _sequence = null;
        }
    }
}
