using System.Reflection;
using Airspace.Core.Configuration;

namespace Airspace.Host.Tests.Composition;

/// <summary>Every setting of every options class is documented in README.md or docs/*.md.</summary>
public sealed class SettingsDocumentedTests
{
    private static readonly string[] Assemblies =
        ["Airspace.Core", "Airspace.Storage.Sqlite", "Airspace.Storage.Postgres", "Airspace.Search", "Airspace.Feeds", "Airspace.Llm", "Airspace.Telegram", "Airspace.Discord", "airspace"];

    // Each options class and the section it is bound to (as in the projects' AddXxx composition).
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["AirspaceOptions"] = "Airspace",
        ["SqliteStoreOptions"] = "Airspace:Storage",
        ["PostgresStoreOptions"] = "Airspace:Storage",
        ["StorageProviderOptions"] = "Airspace:Storage",
        ["ScheduleOptions"] = "Airspace",
        ["ChatLanguageOptions"] = "Airspace:Chat",
        ["SearchOptions"] = "Airspace:Search",
        ["SearchIndexerOptions"] = "Airspace:Search:Indexer",
        ["InboxOptions"] = "Airspace:Inbox",
        ["ArticleFileReaderOptions"] = "Airspace:Files",
        ["OperatorsOptions"] = "Airspace:Operators",
        ["HttpOptions"] = "Airspace:Http",
        ["ConsoleOptions"] = "Airspace:Console",
        ["SeedOptions"] = "Airspace:Seed",
        ["PlannerOptions"] = "Airspace:Publisher",
        ["DispatcherOptions"] = "Airspace:Dispatcher",
        ["SummarizerOptions"] = "Airspace:Summarizer",
        ["TelegramOptions"] = "Airspace:Telegram",
        ["DiscordOptions"] = "Airspace:Discord",
        ["FeedsOptions"] = "Airspace:Feeds",
        ["SourcesOptions"] = "Airspace",
        ["LlmOptions"] = "Airspace:Llm",
        ["RoleOptions"] = "Airspace:Roles",
        ["StoreProbeOptions"] = "Airspace:Storage:Probe",
    };

    private static readonly Lazy<string[]> Docs = new(() =>
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Airspace.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        return [.. Directory.GetFiles(Path.Combine(root.FullName, "docs"), "*.md").Append(Path.Combine(root.FullName, "README.md")).Select(File.ReadAllText)];
    });

    private static IEnumerable<Type> OptionsClasses() =>
        Assemblies.Select(Assembly.Load).SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IValidatedOptions).IsAssignableFrom(t));

    [Fact]
    public void OptionsClasses_Each_HasItsSectionInThisTable()
    {
        var missing = OptionsClasses().Select(t => t.Name).Where(name => !Sections.ContainsKey(name)).ToList();

        Assert.True(missing.Count == 0, "Add these options classes, with their sections, to the table above and document their settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void OptionsProperties_Each_IsDocumented()
    {
        var undocumented = (
            from type in OptionsClasses()
            where Sections.ContainsKey(type.Name)
            let section = Sections[type.Name]
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            where property.GetIndexParameters().Length == 0 && (property.CanWrite || IsNestedSection(property.PropertyType))
            let key = $"{section}:{property.Name}"
            where !Documented(section, property.Name)
            select key).ToList();

        Assert.True(undocumented.Count == 0, "Settings missing from README.md and docs/*.md: " + string.Join(", ", undocumented));
    }

    /// <summary>
    /// The full key appears, or a document that names the section lists the property in backticks (the docs' tables
    /// of one section's settings, and README rows like "`Airspace:Files:MaxArticleCharacters` / `MaxHtmlBytes`") or
    /// in a JSON example ("\"Model\": …").
    /// </summary>
    private static bool Documented(string section, string property) =>
        Docs.Value.Any(doc => doc.Contains($"{section}:{property}", StringComparison.Ordinal)
            || (doc.Contains($"`{section}", StringComparison.Ordinal)
                && (doc.Contains($"`{property}`", StringComparison.Ordinal) || doc.Contains($"\"{property}\":", StringComparison.Ordinal))));

    /// <summary>A get-only property that is a nested section (an options object), not a value computed from others.</summary>
    private static bool IsNestedSection(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
}
