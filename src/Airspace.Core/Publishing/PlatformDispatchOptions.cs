namespace Airspace.Core.Publishing;

/// <summary>Per-platform dispatch settings (<c>Airspace:Dispatcher:Platforms:&lt;platform&gt;</c>).</summary>
public sealed class PlatformDispatchOptions
{
    /// <summary>Channels of this platform's lane served in parallel; unset takes <see cref="DispatcherOptions.Concurrency"/>.</summary>
    public int? Concurrency { get; set; }
}
