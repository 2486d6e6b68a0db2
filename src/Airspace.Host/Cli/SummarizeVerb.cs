using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airspace.Core.Ingest;
using Airspace.Core.Summaries;
using Airspace.Core.Text;
using Airspace.Feeds.Files;

namespace Airspace.Host.Cli;

public static class SummarizeVerb
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "An article file to summarise", Arity = ArgumentArity.ZeroOrOne };
        var input = new Option<string?>("--input") { Description = "JSONL of {\"id\",\"text\"} lines to summarise" };
        var output = new Option<string?>("--output") { Description = "Where to write {\"id\",\"summary\"} lines (default: stdout)" };
        var command = new Command("summarize", "Summarise an article file, or a JSONL batch (--input IN.jsonl --output OUT.jsonl). Nothing is stored.").WithExample("airspace summarize --input in.jsonl --output out.jsonl");
        command.Arguments.Add(file);
        command.Options.Add(input);
        command.Options.Add(output);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(file) is null) == (result.GetValue(input) is null))
            {
                result.AddError("Give either an article FILE or --input IN.jsonl, not both.");
            }
        });
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            return parse.GetValue(input) is { } inputPath
                ? await SummarizeJsonLinesAsync(services, inputPath, parse.GetValue(output), ct).ConfigureAwait(false)
                : await SummarizeFileAsync(services, parse.GetValue(file)!, ct).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> SummarizeFileAsync(IServiceProvider services, string path, CancellationToken ct)
    {
        IReadOnlyList<Core.Articles.ArticleDraft> drafts;
        try
        {
            drafts = await services.GetRequiredService<ArticleFileReader>().ReadAsync(path, ct, followLink: true).ConfigureAwait(false);
        }
        catch (ArticleFileException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var normalizer = services.GetRequiredService<ArticleNormalizer>();
        foreach (var draft in drafts)
        {
            var article = await normalizer.NormalizeAsync(draft, ct).ConfigureAwait(false);
            Console.Out.WriteLine(article is null ? "(no text)" : $"{article.Title}\n\n{article.Summary}\n");
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> SummarizeJsonLinesAsync(IServiceProvider services, string inputPath, string? outputPath, CancellationToken ct)
    {
        if (!File.Exists(inputPath))
        {
            await Console.Error.WriteLineAsync($"error: {inputPath}: no such file").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var summarizer = services.GetRequiredService<ISummarizer>();
        int errors;
        var toStdout = outputPath is null or "-";
        var writer = toStdout ? Console.Out : new StreamWriter(outputPath!, append: false, new UTF8Encoding(false));
        try
        {
            errors = await WriteSummariesAsync(summarizer, inputPath, writer, ct).ConfigureAwait(false);
        }
        finally
        {
            if (!toStdout)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }

        return errors == 0 ? ExitCodes.Ok : ExitCodes.InputError;
    }

    /// <summary>Writes one output line per input object that has an id; returns the number of bad lines.</summary>
    private static async Task<int> WriteSummariesAsync(ISummarizer summarizer, string inputPath, TextWriter writer, CancellationToken ct)
    {
        var errors = 0;
        using var reader = new StreamReader(inputPath, Encoding.UTF8);
        var number = 0;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var (id, text, error) = ParseLine(line);
            JsonObject result;
            if (error is not null)
            {
                errors++;
                await Console.Error.WriteLineAsync("error: " + ImportReport.BadLine(inputPath, number, error)).ConfigureAwait(false);
                if (id is null)
                {
                    continue;
                }

                result = new JsonObject { ["id"] = id, ["summary"] = null, ["error"] = error };
            }
            else
            {
                var body = ArticleNormalizer.CleanBody(text!).Body;
                var input = new SummaryInput(body.Length == 0 ? "" : TitleDeriver.Derive(body), body, LanguageDetector.Detect(body));
                var summary = await summarizer.SummarizeAsync(input, ct).ConfigureAwait(false);
                result = new JsonObject { ["id"] = id, ["summary"] = summary.Text };
            }

            await writer.WriteLineAsync(result.ToJsonString(Json)).ConfigureAwait(false);
        }

        await writer.FlushAsync(ct).ConfigureAwait(false);
        return errors;
    }

    private static (JsonNode? Id, string? Text, string? Error) ParseLine(string line)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException ex)
        {
            return (null, null, "not valid JSON: " + ex.Message);
        }

        if (node is not JsonObject obj)
        {
            return (null, null, "expected a JSON object with \"id\" and \"text\"");
        }

        var id = obj["id"]?.DeepClone();
        return obj["text"] is JsonValue value && value.TryGetValue<string>(out var text)
            ? (id, text, id is null ? "missing \"id\"" : null)
            : (id, null, "missing \"text\" string");
    }
}
