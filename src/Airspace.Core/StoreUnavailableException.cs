namespace Airspace.Core;

/// <summary>
/// The store cannot be reached or used right now (the PostgreSQL server is down or restarting, the SQLite file stays
/// locked or became read-only). Expected and temporary: loops retry it backed off, commands answer
/// "the store is unavailable, try again shortly", and <see cref="Health.StoreAvailability"/> reports the outage once.
/// The message is one sentence naming the store and the setting to check, never a connection string or password.
/// </summary>
public class StoreUnavailableException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions is a store outage.</summary>
    public static bool IsIn(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StoreUnavailableException)
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsIn))
            {
                return true;
            }
        }

        return false;
    }
}
