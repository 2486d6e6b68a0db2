namespace Airspace.Storage.Postgres;

/// <summary>
/// The PostgreSQL store could not be reached or refused us. The message is one sentence naming the server (never
/// the connection string or its password) and the setting to check.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
