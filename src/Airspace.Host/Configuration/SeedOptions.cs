namespace Airspace.Host.Configuration;

/// <summary>First-run demo data: the bundled sample articles.</summary>
public sealed class SeedOptions : IValidatedOptions
{
    /// <summary>Import the bundled samples into an empty store on the first run.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder holding <c>airspace/*.txt</c> (posted) and <c>indosum/*.plain.jsonl</c> (archive); default: beside the program.</summary>
    public string? SamplesDirectory { get; set; }

    /// <summary>Subscribe the console channel before the seed articles arrive, so a first run shows their summaries.</summary>
    public bool SubscribeConsole { get; set; } = true;

    public string ResolvedSamplesDirectory => SamplesDirectory ?? Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>No rule: every value binds to a usable setting.</summary>
    public string? Validate() => null;
}
