using Microsoft.Extensions.Hosting;

namespace Airspace.Core.Roles;

public static class SingletonRoleServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TWorker"/> as a loop that runs only in the process holding <paramref name="role"/>
    /// (in place of <c>AddHostedService&lt;TWorker&gt;()</c>). Needs an <see cref="ILeaseStore"/> (the store's), and
    /// takes <see cref="RoleOptions"/> and this process's <see cref="RoleOwner"/>.
    /// </summary>
    public static IServiceCollection AddSingletonRole<TWorker>(this IServiceCollection services, string role)
        where TWorker : BackgroundService
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => RoleOwner.ForThisProcess());
        services.TryAddSingleton<TWorker>();
        return services.AddSingletonRole(role, sp => sp.GetRequiredService<TWorker>());
    }

    /// <summary>
    /// As <see cref="AddSingletonRole{TWorker}(IServiceCollection, string)"/>, with the worker made by
    /// <paramref name="worker"/>: for one worker type serving several roles (one per platform). When it makes none
    /// (null: the process cannot do the role's work), the role is never asked for. Each role is registered once.
    /// </summary>
    public static IServiceCollection AddSingletonRole<TWorker>(this IServiceCollection services, string role, Func<IServiceProvider, TWorker?> worker)
        where TWorker : BackgroundService
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(worker);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => RoleOwner.ForThisProcess());
        services.TryAddSingleton<RoleLeases>();
        var registered = new RoleRegistered(role);
        if (services.Any(d => d.ServiceType == typeof(RoleRegistered) && registered.Equals(d.ImplementationInstance)))
        {
            return services;
        }

        // Not AddHostedService: it keeps one hosted service per implementation type, so a second role of the same
        // worker type would be dropped without a word.
        services.AddSingleton(registered);
        services.Add(ServiceDescriptor.Singleton<IHostedService>(sp => worker(sp) is { } made
            ? new SingletonRoleService<TWorker>(
                role,
                made,
                sp.GetRequiredService<ILeaseStore>(),
                sp.GetRequiredService<RoleOwner>(),
                sp.GetRequiredService<IOptions<RoleOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<SingletonRoleService<TWorker>>>(),
                sp.GetRequiredService<RoleLeases>())
            : new NotAsked()));
        return services;
    }

    /// <summary>Marks a role as registered, so registering it again adds no second gate.</summary>
    private sealed record RoleRegistered(string Role);

    /// <summary>In place of a role this process cannot do: nothing runs and the role is never asked for.</summary>
    private sealed class NotAsked : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
