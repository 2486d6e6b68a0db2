using System.CommandLine;
using Airspace.Core.Commands;

namespace Airspace.Host.Cli;

public static class LatestVerb
{
    public static Command Create() => ChatVerb.Create(LatestCommand.Definition, "Show the newest articles with their summaries (same as /latest).").WithExample("airspace latest -n 3");
}
