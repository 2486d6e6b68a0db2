using Airspace.Core.Ingest;

namespace Airspace.Telegram.Tests.Updates;

/// <summary>A page fetcher whose site never answers, as a hung web server would: it waits until cancelled.</summary>
public sealed class SlowFetcher : IArticleFetcher
{
    public int Calls { get; private set; }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct)
    {
        Calls++;
        await Task.Delay(Timeout.Infinite, ct);
        return new FetchResult(null, "unreachable");
    }
}
