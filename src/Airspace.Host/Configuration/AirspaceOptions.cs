namespace Airspace.Host.Configuration;

/// <summary>The "Airspace" section's top-level settings.</summary>
public sealed class AirspaceOptions : IValidatedOptions
{
    /// <summary>Where the database, search index, inbox and heartbeat live. Relative paths are relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    public string? Validate() =>
        string.IsNullOrWhiteSpace(DataDirectory) ? "Airspace:DataDirectory must not be empty."
        : DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? "Airspace:DataDirectory is not a valid path."
        : null;
}
