namespace Airspace.Feeds.Sources;

/// <summary>The configured sources (<c>Airspace:Sources</c>, an array).</summary>
public sealed class SourcesOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Sources";

    public List<SourceOptions> Sources { get; set; } = [];

    public string? Validate()
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            if (Sources[i].Validate($"{SectionName}:{i}") is { } error)
            {
                return error;
            }
        }

        var duplicate = Sources.GroupBy(s => s.Name!.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"{SectionName} names must be unique; '{duplicate.Key}' appears {duplicate.Count()} times.";
    }
}
