using System.CommandLine;
using System.Text;
using Airspace.Feeds.Opml;
using Airspace.Feeds.Parsing;
using Airspace.Feeds.Sources;

namespace Airspace.Host.Cli;

/// <summary><c>airspace sources import FILE.opml</c> and <c>airspace sources export [FILE]</c>: OPML 2.0 subscription lists.</summary>
internal static class SourcesOpmlVerbs
{
    public static Command Import()
    {
        var file = new Argument<string>("file") { Description = "An OPML file (exported by a feed reader or by `airspace sources export`)" };
        var command = new Command("import", "Add every feed of an OPML file as a stored source (folders kept; names or URLs already followed are skipped; no network check).").WithExample("airspace sources import feeds.opml");
        var local = new Option<bool>("--local") { Description = "Allow outlines on this machine or your private network (loopback and private addresses), as `sources add --local` does" };
        command.Arguments.Add(file);
        command.Options.Add(local);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            var path = parse.GetValue(file) ?? "";
            await using var services = CliServices.Build(parse);
            var limit = services.GetRequiredService<IOptions<FeedsOptions>>().Value.MaxDocumentBytes;
            if (!File.Exists(path))
            {
                return await SourcesVerb.FailAsync($"there is no file '{path}'.").ConfigureAwait(false);
            }

            if (new FileInfo(path).Length > limit)
            {
                return await SourcesVerb.FailAsync($"{path} is larger than the {limit}-byte limit (Airspace:Feeds:MaxDocumentBytes).").ConfigureAwait(false);
            }

            OpmlImportReport report;
            try
            {
                report = await services.GetRequiredService<OpmlImporter>().ImportAsync(await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false), ct, parse.GetValue(local)).ConfigureAwait(false);
            }
            catch (FeedFormatException ex)
            {
                return await SourcesVerb.FailAsync($"{path} is not readable OPML: {ex.Message}.").ConfigureAwait(false);
            }

            var text = new StringBuilder($"Imported {Plural.Count(report.Added.Count, "source")}");
            text.Append(report.Added.Count > 0 ? ": " + string.Join(", ", report.Added) : "").Append('.');
            foreach (var (label, reason) in report.Skipped)
            {
                text.Append($"\nSkipped {label}: {reason}.");
            }

            foreach (var (label, reason) in report.Refused)
            {
                text.Append($"\nRefused {label}: {reason}.");
            }

            if (report.Added.Count > 0)
            {
                text.Append("\nTheir first poll archives what they have without posting; new items after that are posted.");
            }

            Console.Out.WriteLine(text.ToString());
            return report.Refused.Count == 0 ? ExitCodes.Ok : ExitCodes.InputError;
        }));
        return command;
    }

    public static Command Export()
    {
        var file = new Argument<string?>("file") { Description = "Where to write the OPML file (default: standard output)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("export", "Write every source (configured and stored) as an OPML 2.0 file, folders and Airspace settings included.").WithExample("airspace sources export feeds.opml");
        command.Arguments.Add(file);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var sources = await services.GetRequiredService<SourceCatalog>().DefinitionsAsync(ct).ConfigureAwait(false);
            var opml = OpmlWriter.Write(sources);
            if (parse.GetValue(file) is { Length: > 0 } path)
            {
                await File.WriteAllTextAsync(path, opml, new UTF8Encoding(false), ct).ConfigureAwait(false);
                Console.Out.WriteLine($"Exported {Plural.Count(sources.Count, "source")} to {path}.");
            }
            else
            {
                Console.Out.Write(opml);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
