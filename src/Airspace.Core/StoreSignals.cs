namespace Airspace.Core;

/// <summary>The in-process wake-ups: new article events (planner, search indexer) and new deliveries (dispatcher).</summary>
public sealed class StoreSignals
{
    public ChangeSignal Articles { get; } = new();

    public ChangeSignal Deliveries { get; } = new();
}
