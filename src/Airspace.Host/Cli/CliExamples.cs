using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Airspace.Host.Cli;

/// <summary>
/// Each verb's one-line example, printed as an <c>Example:</c> section at the end of its <c>--help</c>.
/// System.CommandLine 2 has no examples section and its help builder is internal, so the help option's action is
/// wrapped: the standard help first, then the example. Keeping the example out of the description keeps the
/// parent's list of verbs short.
/// </summary>
public static class CliExamples
{
    private static readonly ConditionalWeakTable<Command, string> Examples = [];

    /// <summary>Gives <paramref name="command"/> its example (a whole command line, starting with <c>airspace</c>).</summary>
    public static T WithExample<T>(this T command, string example)
        where T : Command
    {
        Examples.AddOrUpdate(command, example);
        return command;
    }

    /// <summary>The command's example, or null when it has none.</summary>
    public static string? ExampleOf(Command command) => Examples.TryGetValue(command, out var example) ? example : null;

    /// <summary>Makes <c>--help</c> on <paramref name="root"/> and every verb under it end with the verb's example.</summary>
    public static void ShowInHelp(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new ExampleHelpAction(standard);
        }
    }

    private sealed class ExampleHelpAction(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (ExampleOf(parseResult.CommandResult.Command) is { } example)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Example:");
                output.WriteLine("  " + example);
                output.WriteLine();
            }

            return exitCode;
        }
    }
}
