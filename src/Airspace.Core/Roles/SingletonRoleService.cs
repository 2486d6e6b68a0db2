using Microsoft.Extensions.Hosting;

namespace Airspace.Core.Roles;

/// <summary>
/// Runs <typeparamref name="TWorker"/> only while this process holds <see cref="Role"/>'s lease. It takes the lease
/// first and starts the worker at once when granted (the embedded store always grants it, so start-up is as before);
/// it renews every <see cref="RoleOptions.RenewInterval"/>. When a renewal is refused, or fails for long enough that
/// the lease may run out before the next try, the worker is stopped, and the role is tried again every interval.
/// Each take and renewal waits for the store at most one interval, and a renewal never past half an interval before
/// the lease's end on this process's clock: a store that hangs counts as failed, so the worker stops in time.
/// A worker that ends by itself gives the role back; one that throws stops the host as a hosted worker would, except a
/// worker fenced out of a role-owned write (<see cref="FencedOutException"/>): it is logged and the role tried again.
/// Each grant is published to <see cref="RoleLeases"/>, where the worker finds the fence for its writes.
/// On shutdown the worker is stopped and the role released, so another process takes it without waiting.
/// </summary>
public sealed class SingletonRoleService<TWorker> : BackgroundService
    where TWorker : BackgroundService
{
    private readonly TWorker _worker;
    private readonly ILeaseStore _leases;
    private readonly RoleOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RoleLeases? _granted;

    public SingletonRoleService(
        string role, TWorker worker, ILeaseStore leases, RoleOwner owner, IOptions<RoleOptions> options, TimeProvider time,
        ILogger<SingletonRoleService<TWorker>> logger, RoleLeases? granted = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(role);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(options);
        Role = role;
        Owner = owner.Name;
        _worker = worker;
        _leases = leases;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _granted = granted;
    }

    public string Role { get; }

    public string Owner { get; }

    /// <summary>
    /// When the lease runs out at the latest, on this process's clock: the time a grant or renewal was asked plus the
    /// lease duration. The store's own expiry is on its clock (the database's), which this process cannot compare to.
    /// </summary>
    private DateTimeOffset _heldUntil;

    /// <summary>
    /// How long before the lease's local end (<see cref="_heldUntil"/>) a renewal must have answered, leaving time to stop
    /// the worker: half a renewal interval.
    /// </summary>
    private TimeSpan StopMargin => _options.RenewInterval / 2;

    /// <summary>Whether the worker runs now (the role is held).</summary>
    public bool IsHolding { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var lease = await TryTakeAsync(stoppingToken).ConfigureAwait(false);
            if (lease is not null)
            {
                CoreLog.RoleAcquired(_logger, Role, lease.Fence);
                if (await HoldAsync(lease, stoppingToken).ConfigureAwait(false))
                {
                    return;
                }
            }

            try
            {
                await Task.Delay(_options.RenewInterval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Runs the worker while the lease holds; true when the gate is done (shutdown, or the worker ended).</summary>
    private async Task<bool> HoldAsync(RoleLease lease, CancellationToken stoppingToken)
    {
        using var holding = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await _worker.StartAsync(holding.Token).ConfigureAwait(false);
        IsHolding = true;
        var work = _worker.ExecuteTask ?? Task.CompletedTask;
        try
        {
            while (true)
            {
                var tick = Task.Delay(_options.RenewInterval, _time, holding.Token);
                await Task.WhenAny(work, tick).ConfigureAwait(false);
                if (stoppingToken.IsCancellationRequested)
                {
                    await StopWorkerAsync(holding).ConfigureAwait(false);
                    await ReleaseAsync().ConfigureAwait(false);
                    return true;
                }

                if (work.Exception?.InnerException is FencedOutException fenced)
                {
                    CoreLog.RoleFencedOut(_logger, Role, fenced.Lease?.Fence ?? lease.Fence);
                    await StopWorkerAsync(holding).ConfigureAwait(false);
                    return false;
                }

                if (work.IsCompleted)
                {
                    await ReleaseAsync().ConfigureAwait(false);
                    if (work.IsFaulted)
                    {
                        await work.ConfigureAwait(false); // a worker that threw stops the host, as it would unwrapped
                    }

                    return true;
                }

                var renewed = await TryRenewAsync(lease, stoppingToken).ConfigureAwait(false);
                if (renewed is null)
                {
                    CoreLog.RoleLost(_logger, Role, lease.Fence);
                    await StopWorkerAsync(holding).ConfigureAwait(false);
                    return false;
                }

                lease = renewed;
            }
        }
        finally
        {
            IsHolding = false;
        }
    }

    private async Task<RoleLease?> TryTakeAsync(CancellationToken ct)
    {
        try
        {
            return await AskAsync(_options.RenewInterval, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LeaseFailed(ex);
            return null;
        }
    }

    /// <summary>
    /// The renewed lease; null when refused, or when it failed (or did not answer in time) and the lease could run out
    /// before the next try could answer. A renewal may take at most until <see cref="StopMargin"/> before the lease's
    /// local end, so a store that hangs (a pooled connection in a network partition waits out its command timeout)
    /// stops the worker before another process can take the role.
    /// </summary>
    private async Task<RoleLease?> TryRenewAsync(RoleLease lease, CancellationToken ct)
    {
        var budget = _heldUntil - StopMargin - _time.GetUtcNow();
        if (budget <= TimeSpan.Zero)
        {
            return null; // no time left to ask (a long pause): stop before the lease can run out
        }

        try
        {
            return await AskAsync(budget < _options.RenewInterval ? budget : _options.RenewInterval, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LeaseFailed(ex);
            return _time.GetUtcNow() + _options.RenewInterval + StopMargin < _heldUntil ? lease : null;
        }
        catch (OperationCanceledException)
        {
            return lease; // shutting down: the next loop turn stops the worker and releases
        }
    }

    /// <summary>
    /// Asks the store for the lease, waiting at most <paramref name="limit"/>: the store's call is cancelled then, and
    /// given up on even when it ignores the cancellation (a <see cref="TimeoutException"/>, which counts as a failure).
    /// </summary>
    private async Task<RoleLease?> AskAsync(TimeSpan limit, CancellationToken ct)
    {
        var asked = _time.GetUtcNow();
        using var timeout = new CancellationTokenSource(limit, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        RoleLease? lease;
        try
        {
            lease = await _leases.TryAcquireOrRenewAsync(Role, Owner, _options.LeaseDuration, linked.Token)
                .WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The lease store did not answer for role {Role} within {limit}.", ex);
        }

        if (lease is not null)
        {
            _heldUntil = asked + _options.LeaseDuration;
            _granted?.Granted(lease);
        }

        return lease;
    }

    /// <summary>An unavailable store is logged once (StoreAvailability), not at every renewal.</summary>
    private void LeaseFailed(Exception ex)
    {
        if (!StoreUnavailableException.IsIn(ex))
        {
            CoreLog.RoleLeaseFailed(_logger, ex, Role);
        }
    }

    private async Task StopWorkerAsync(CancellationTokenSource holding)
    {
        await holding.CancelAsync().ConfigureAwait(false);
        try
        {
            await _worker.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            CoreLog.RoleWorkerStopFailed(_logger, ex, Role);
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await _leases.ReleaseAsync(Role, Owner, CancellationToken.None).ConfigureAwait(false);
            CoreLog.RoleReleased(_logger, Role);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            CoreLog.RoleLeaseFailed(_logger, ex, Role); // it runs out by itself within the lease duration
        }
    }
}
