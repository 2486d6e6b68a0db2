namespace Airspace.Core.Sources;

public enum SourceHealth
{
    /// <summary>Not polled successfully yet.</summary>
    New,

    Healthy,

    /// <summary>Failing repeatedly; <see cref="SourceState.LastError"/> says why. Polling continues, backed off.</summary>
    Unhealthy,
}
