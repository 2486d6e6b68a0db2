namespace Airspace.Benchmarks.Chat;

/// <summary>Acknowledgement times (ms) of a burst of signed interactions, and when the deferred ones were all answered.</summary>
public sealed record InteractionBurstReport(
    int Burst,
    int Articles,
    double P50,
    double P95,
    double Slowest,
    int AnsweredDirectly,
    int Deferred,
    int Failed,
    double AllAcknowledgedAfter,
    double AllAnsweredAfter,
    int DeferredAnswered);
