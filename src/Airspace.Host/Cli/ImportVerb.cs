using System.CommandLine;
using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Feeds.Files;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Airspace.Host.Cli;

public static class ImportVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.txt .md .json .jsonl .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import article files into the store (they are summarised, indexed, and posted by the running bot).");
        command.Arguments.Add(paths);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var files = ExpandPaths(parse.GetValue(paths) ?? [], out var errors);
            var tally = new ImportTally(errors);
            var reader = services.GetRequiredService<ArticleFileReader>();
            var ingestor = services.GetRequiredService<ArticleIngestor>();

            async Task ImportFileAsync(string file)
            {
                try
                {
                    foreach (var draft in await reader.ReadAsync(file, ct).ConfigureAwait(false))
                    {
                        tally.Add(file, await ingestor.IngestAsync(draft, ct).ConfigureAwait(false));
                    }
                }
                catch (ArticleFileException ex)
                {
                    tally.Errors.Add(ex.Message);
                }
            }

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
            foreach (var error in tally.Errors)
            {
                await Console.Error.WriteLineAsync("error: " + error).ConfigureAwait(false);
            }

            await IndexCatchUp.TryAsync(services, ct).ConfigureAwait(false);
            return tally.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InputError;
        }));
        return command;
    }

    private static List<string> ExpandPaths(IEnumerable<string> paths, out List<string> errors)
    {
        errors = [];
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(ArticleFileReader.IsSupported).Order(StringComparer.Ordinal));
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

        public void Add(string file, IngestResult result)
        {
            if (result.Outcome is { } outcome)
            {
                _counts[outcome.Kind] = _counts.GetValueOrDefault(outcome.Kind) + 1;
            }
            else
            {
                Errors.Add($"{Path.GetFileName(file)}: {result.Error}");
            }
        }

        public string Describe(int files) =>
            $"Read {files} file{(files == 1 ? "" : "s")}: {_counts.GetValueOrDefault(UpsertKind.Inserted)} new, "
            + $"{_counts.GetValueOrDefault(UpsertKind.Updated)} updated, {_counts.GetValueOrDefault(UpsertKind.Unchanged)} unchanged, {Errors.Count} errors.";
    }
}
