namespace Airspace.Search;

/// <summary>Another process (normally the running bot) holds the index's write lock; reads still work.</summary>
public sealed class SearchIndexLockedException(string message, Exception inner) : IOException(message, inner);
