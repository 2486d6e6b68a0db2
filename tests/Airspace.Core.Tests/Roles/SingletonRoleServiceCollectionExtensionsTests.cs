using System.Collections.Concurrent;
using Airspace.Core.Roles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Core.Tests.Roles;

public sealed class SingletonRoleServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSingletonRole_OneWorkerTypeForTwoRoles_AsksForBoth()
    {
        var asked = await AskedAsync(services =>
        {
            services.AddSingletonRole("dispatch:telegram", _ => new IdleWorker());
            services.AddSingletonRole("dispatch:discord", _ => new IdleWorker());
        });

        Assert.Equal(["dispatch:discord", "dispatch:telegram"], asked);
    }

    [Fact]
    public async Task AddSingletonRole_NoWorkerMade_NeverAsksForTheRole()
    {
        var asked = await AskedAsync(services =>
        {
            services.AddSingletonRole("dispatch:telegram", _ => new IdleWorker());
            services.AddSingletonRole("dispatch:console", _ => (IdleWorker?)null); // no sender for it here
        });

        Assert.Equal(["dispatch:telegram"], asked);
    }

    [Fact]
    public async Task AddSingletonRole_SameRoleTwice_OneGate()
    {
        var asked = await AskedAsync(services =>
        {
            services.AddSingletonRole("dispatch:telegram", _ => new IdleWorker());
            services.AddSingletonRole("dispatch:telegram", _ => new IdleWorker());
        });

        Assert.Equal(["dispatch:telegram"], asked);
    }

    /// <summary>Starts every hosted service registered, on a frozen clock (no renewals); the roles asked for, each once.</summary>
    private static async Task<IReadOnlyList<string>> AskedAsync(Action<IServiceCollection> register)
    {
        var leases = new RecordingLeases();
        var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new RoleOptions()))
            .AddSingleton<ILeaseStore>(leases)
            .AddSingleton(new RoleOwner("a"))
            .AddSingleton<TimeProvider>(new FakeTimeProvider());
        register(services);
        using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(default);
        }

        var gates = hosted.OfType<SingletonRoleService<IdleWorker>>().ToList();
        Assert.True(await Eventually.WaitUntilAsync(() => gates.All(gate => gate.IsHolding)));
        foreach (var service in hosted)
        {
            await service.StopAsync(default);
        }

        Assert.All(leases.Asked.Values, times => Assert.Equal(1, times));
        return [.. leases.Asked.Keys.Order(StringComparer.Ordinal)];
    }

    private sealed class RecordingLeases : ILeaseStore
    {
        public ConcurrentDictionary<string, int> Asked { get; } = new(StringComparer.Ordinal);

        public Task<RoleLease?> TryAcquireOrRenewAsync(string role, string owner, TimeSpan ttl, CancellationToken ct)
        {
            Asked.AddOrUpdate(role, 1, (_, n) => n + 1);
            return Task.FromResult<RoleLease?>(new RoleLease(role, owner, 1, DateTimeOffset.UnixEpoch + ttl));
        }

        public Task ReleaseAsync(string role, string owner, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class IdleWorker : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
