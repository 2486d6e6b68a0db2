using System.CommandLine;

namespace Airspace.Host.Cli;

/// <summary>The <c>airspace</c> executable: <c>run</c> (the default) and the operations verbs.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var run = RunVerb.Create();
        var root = new RootCommand("Airspace: a self-hosted news bot that summarises articles, posts them to chat channels and answers searches.");
        root.Options.Add(CliServices.DataOption);
        root.WithExample("airspace --data /srv/airspace");
        root.Subcommands.Add(run);
        root.Subcommands.Add(ImportVerb.Create());
        root.Subcommands.Add(LatestVerb.Create());
        root.Subcommands.Add(SearchVerb.Create());
        root.Subcommands.Add(SummarizeVerb.Create());
        root.Subcommands.Add(SubscriptionsVerb.Create());
        root.Subcommands.Add(SourcesVerb.Create());
        root.Subcommands.Add(FeedVerb.Create());
        root.Subcommands.Add(IndexVerb.Create());
        root.Subcommands.Add(DeliveriesVerb.Create());
        root.Subcommands.Add(HealthVerb.Create());
        root.Subcommands.Add(DemoVerb.Create());
        root.Subcommands.Add(StoreVerb.Create());
        root.Action = run.Action;
        CliExamples.ShowInHelp(root);
        return root;
    }

    /// <summary>
    /// Ctrl+C / SIGTERM cancel the verb's token; the bot then stops its loops within the host's own shutdown timeout.
    /// System.CommandLine's default 2 s grace would cut a busy start-up (seeding, an index rebuild) short with exit 130.
    /// </summary>
    private static readonly InvocationConfiguration Invocation = new() { ProcessTerminationTimeout = TimeSpan.FromSeconds(45) };

    public static Task<int> RunAsync(string[] args) => CreateRoot().Parse(args).InvokeAsync(Invocation);
}
