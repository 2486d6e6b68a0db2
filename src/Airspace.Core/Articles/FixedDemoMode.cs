namespace Airspace.Core.Articles;

/// <summary>An <see cref="IDemoMode"/> decided up front (compositions without configuration: tests, benchmarks).</summary>
public sealed class FixedDemoMode(bool active) : IDemoMode
{
    public static FixedDemoMode Off { get; } = new(false);

    public Task<bool> IsActiveAsync(CancellationToken ct) => Task.FromResult(active);
}
