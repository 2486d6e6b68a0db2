using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Airspace.Host.Tests.Logging;

/// <summary>The rules of docs/logging.md: one <c>&lt;Project&gt;Log</c> class per project, ids unique and inside the project's range.</summary>
public sealed class LogEventIdTests
{
    // The same table as docs/logging.md: an assembly's log class and its event id range.
    private static readonly (string Assembly, string LogClass, int First, int Last)[] Ranges =
    [
        ("Airspace.Core", "Airspace.Core.CoreLog", 1000, 1999),
        ("Airspace.Storage.Sqlite", "Airspace.Storage.Sqlite.StorageLog", 2000, 2999),
        ("Airspace.Search", "Airspace.Search.SearchLog", 3000, 3999),
        ("Airspace.Feeds", "Airspace.Feeds.FeedsLog", 4000, 4999),
        ("Airspace.Llm", "Airspace.Llm.LlmLog", 5000, 5999),
        ("Airspace.Telegram", "Airspace.Telegram.TelegramLog", 6000, 6999),
        ("Airspace.Discord", "Airspace.Discord.DiscordLog", 7000, 7999),
        ("airspace", "Airspace.Host.HostLog", 8000, 8999), // the host assembly is named after the executable
        ("Airspace.Storage.Postgres", "Airspace.Storage.Postgres.PostgresLog", 9000, 9999),
    ];

    [Fact]
    public void LoggerMessages_AllAssemblies_EventIdsAreUnique()
    {
        var clashes = AllLoggerMessages()
            .GroupBy(m => m.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}")
            .ToList();

        Assert.True(clashes.Count == 0, "Event ids used twice: " + string.Join("; ", clashes));
    }

    [Fact]
    public void LoggerMessages_EachAssembly_EventIdsInsideItsRange()
    {
        var outside = AllLoggerMessages()
            .Where(m => Ranges.Single(r => r.Assembly == m.Assembly) is var r && (m.EventId < r.First || m.EventId > r.Last))
            .Select(m => $"{m.Method} ({m.EventId})")
            .ToList();

        Assert.True(outside.Count == 0, "Event ids outside their project's range: " + string.Join("; ", outside));
    }

    [Fact]
    public void LoggerMessages_EachAssembly_DeclaredOnlyInItsProjectLogClass()
    {
        var misplaced = AllLoggerMessages()
            .Where(m => m.DeclaringType != Ranges.Single(r => r.Assembly == m.Assembly).LogClass)
            .Select(m => m.Method)
            .ToList();

        Assert.True(misplaced.Count == 0, "Log messages outside the project's <Project>Log class: " + string.Join("; ", misplaced));
        Assert.All(Ranges, r => Assert.Contains(AllLoggerMessages(), m => m.DeclaringType == r.LogClass));
    }

    private static IEnumerable<(string Assembly, string DeclaringType, string Method, int EventId)> AllLoggerMessages() =>
        from range in Ranges
        let assembly = Assembly.Load(range.Assembly)
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
        where attribute is not null
        select (range.Assembly, type.FullName!, $"{type.Name}.{method.Name}", attribute.EventId);
}
