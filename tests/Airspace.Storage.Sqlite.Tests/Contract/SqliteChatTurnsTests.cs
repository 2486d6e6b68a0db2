using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="ChatTurnsContract"/> on a real SQLite file.</summary>
public sealed class SqliteChatTurnsTests() : ChatTurnsContract(new TestDatabase());
