using Airspace.Core.Sources;
using Airspace.Feeds.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Testing.Host;

/// <summary>
/// Tests only: chat never adds a loopback or private source (there is no <c>--local</c> in chat), yet the fake feed
/// sites of the tests are on 127.0.0.1. This wraps the real <see cref="SourceAdmin"/> and asks for every add to be
/// Local, so a chat test can add a loopback site through the production code path; nothing in the product can.
/// </summary>
public sealed class LocalSourcesFromChat(ISourceAdmin inner) : ISourceAdmin
{
    public static void Register(IServiceCollection services) =>
        services.AddSingleton<ISourceAdmin>(sp => new LocalSourcesFromChat(sp.GetRequiredService<SourceAdmin>()));

    public Task<SourceAddResult> AddAsync(SourceAddRequest request, CancellationToken ct) =>
        inner.AddAsync(request with { Local = true }, ct);

    public Task<SourceRemoveOutcome> RemoveAsync(string name, CancellationToken ct) => inner.RemoveAsync(name, ct);

    public Task<SourcePollResult?> PollNowAsync(string name, CancellationToken ct) => inner.PollNowAsync(name, ct);

    public Task<int> PollAllSoonAsync(CancellationToken ct) => inner.PollAllSoonAsync(ct);
}
