namespace Airspace.Benchmarks.Store;

/// <summary>One case of the store benchmark: its loops' results, the wall and CPU time, and what the checks found.</summary>
public sealed record StoreRun(
    string Store,
    string Durability,
    int Loops,
    int Planned,
    TimeSpan Planning,
    TimeSpan Wall,
    TimeSpan BenchCpu,
    TimeSpan? ServerCpu,
    IReadOnlyList<LoopResult> Results,
    int SentInStore,
    int PendingInStore,
    int Duplicates,
    int ChannelsOutOfOrder,
    int Channels,
    double? LoadBefore,
    double? LoadAfter)
{
    public double PerSecond => Results.Sum(r => r.Sent) / Wall.TotalSeconds;

    public bool ExactlyOnce => Duplicates == 0 && SentInStore == Planned && PendingInStore == 0 && Results.Sum(r => r.Sent) == Planned;
}
