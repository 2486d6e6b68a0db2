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
    /// <paramref name="worker"/>: for one worker type serving several roles (one per platform).
    /// </summary>
    public static IServiceCollection AddSingletonRole<TWorker>(this IServiceCollection services, string role, Func<IServiceProvider, TWorker> worker)
        where TWorker : BackgroundService
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(worker);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => RoleOwner.ForThisProcess());
        services.TryAddSingleton<RoleLeases>();
        services.AddHostedService(sp => new SingletonRoleService<TWorker>(
            role,
            worker(sp),
            sp.GetRequiredService<ILeaseStore>(),
            sp.GetRequiredService<RoleOwner>(),
            sp.GetRequiredService<IOptions<RoleOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SingletonRoleService<TWorker>>>(),
            sp.GetRequiredService<RoleLeases>()));
        return services;
    }
}
