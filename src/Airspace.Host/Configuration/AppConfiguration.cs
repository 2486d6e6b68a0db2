namespace Airspace.Host.Configuration;

/// <summary>
/// Configuration sources, lowest to highest precedence: appsettings.json beside the program, appsettings.json in the
/// working directory (the repository root under <c>dotnet run</c>), environment variables (<c>Airspace__Telegram__Token</c>),
/// then command-line options such as <c>--data</c>.
/// </summary>
public static class AppConfiguration
{
    public const string DataDirectoryKey = "Airspace:DataDirectory";

    public static IConfigurationRoot Build(string? dataDirectory, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        // Before anything binds: every TimeSpan setting then reads 00:05:00 and 5m alike.
        DurationConverter.Register();
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        var values = new List<KeyValuePair<string, string?>>(overrides ?? []);
        if (!string.IsNullOrWhiteSpace(dataDirectory))
        {
            values.Add(new(DataDirectoryKey, dataDirectory));
        }

        return builder.AddInMemoryCollection(values).Build();
    }
}
