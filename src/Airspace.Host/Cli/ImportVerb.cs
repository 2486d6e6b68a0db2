using System.CommandLine;
using Airspace.Core.Articles;
using Airspace.Feeds.Files;
using Spectre.Console;

namespace Airspace.Host.Cli;

public static class ImportVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.txt .md .json .jsonl .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import article files into the store (they are summarised, indexed, and posted by the running bot). A bad line of a JSON Lines file is reported with its number; the good lines are stored.").WithExample("airspace import samples/airspace/ articles.jsonl");
        command.Arguments.Add(paths);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var files = ExpandPaths(parse.GetValue(paths) ?? [], out var errors, out var skipped);
            var named = (parse.GetValue(paths) ?? []).ToHashSet(StringComparer.Ordinal);
            var tally = new ImportTally(errors);
            var importer = services.GetRequiredService<ArticleFileImporter>();

            // A link the operator names is followed; links met while walking a folder are not (as in the inbox).
            async Task ImportFileAsync(string file) =>
                tally.Add(file, await importer.ImportAsync(file, adjust: null, ct, followLink: named.Contains(file)).ConfigureAwait(false));

            if (Console.IsErrorRedirected || Console.IsOutputRedirected || files.Count < 2)
            {
                foreach (var file in files)
                {
                    await ImportFileAsync(file).ConfigureAwait(false);
                }
            }
            else
            {
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("Importing", maxValue: files.Count);
                    foreach (var file in files)
                    {
                        task.Description = Markup.Escape(Path.GetFileName(file));
                        await ImportFileAsync(file).ConfigureAwait(false);
                        task.Increment(1);
                    }
                }).ConfigureAwait(false);
            }

            Console.Out.WriteLine(tally.Describe(files.Count));
            if (skipped.Count > 0)
            {
                Console.Out.WriteLine($"Skipped {skipped.Count} file{(skipped.Count == 1 ? "" : "s")} that hold no articles: {string.Join(", ", skipped)}.");
            }

            foreach (var notice in tally.Notices)
            {
                Console.Out.WriteLine("note: " + notice);
            }

            foreach (var error in tally.Errors)
            {
                await Console.Error.WriteLineAsync("error: " + error).ConfigureAwait(false);
            }

            await IndexCatchUp.TryAsync(services, ct).ConfigureAwait(false);
            return tally.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InputError;
        }));
        return command;
    }

    private static List<string> ExpandPaths(IEnumerable<string> paths, out List<string> errors, out List<string> skipped)
    {
        errors = [];
        skipped = [];
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in ArticleFolder.Files(path).Where(ArticleFileReader.IsSupported).Order(StringComparer.Ordinal))
                {
                    if (FolderContents.IsArticleFile(file))
                    {
                        files.Add(file);
                    }
                    else
                    {
                        skipped.Add(Path.GetRelativePath(path, file));
                    }
                }
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return files;
    }

    private sealed class ImportTally(List<string> errors)
    {
        private readonly Dictionary<UpsertKind, int> _counts = [];

        public List<string> Errors { get; } = errors;

        public List<string> Notices { get; } = [];

        public void Add(string file, FileImportResult result)
        {
            foreach (var outcome in result.Stored)
            {
                _counts[outcome.Kind] = _counts.GetValueOrDefault(outcome.Kind) + 1;
            }

            Notices.AddRange(result.Notices.Select(n => ImportReport.About(file, n)));
            Errors.AddRange(ImportReport.Problems(file, result));
        }

        public string Describe(int files) =>
            $"Read {Plural.Count(files, "file")}: {_counts.GetValueOrDefault(UpsertKind.Inserted)} new, "
            + $"{_counts.GetValueOrDefault(UpsertKind.Updated)} updated, {_counts.GetValueOrDefault(UpsertKind.Unchanged)} unchanged, {Plural.Count(Errors.Count, "error")}.";
    }
}
