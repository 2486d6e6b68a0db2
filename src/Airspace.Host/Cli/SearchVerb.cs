using System.CommandLine;
using Airspace.Core.Commands;

namespace Airspace.Host.Cli;

public static class SearchVerb
{
    public static Command Create() => ChatVerb.Create(SearchCommand.Definition, "Search the archive (same as /search).").WithExample("airspace search \"kerja sama\" --page 2");
}
