namespace Airspace.Host.Configuration;

/// <summary>The data folder cannot be created or written; the message is one sentence naming it.</summary>
public sealed class DataFolderException(string message) : Exception(message);
