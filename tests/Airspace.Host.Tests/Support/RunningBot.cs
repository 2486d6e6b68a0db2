namespace Airspace.Host.Tests.Support;

/// <summary>The real executable as <c>airspace --data …</c> starts it (the default verb), planning every 0.2 s.</summary>
public static class RunningBot
{
    public static AirspaceProcess Start(string workingDirectory, string data) =>
        new(workingDirectory, new Dictionary<string, string> { ["Airspace__Publisher__PollInterval"] = "00:00:00.2" }, "--data", data);
}
