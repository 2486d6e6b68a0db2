using System.CommandLine;
using Airspace.Feeds.Http;
using Airspace.Feeds.Parsing;
using Airspace.Feeds.Sources;

namespace Airspace.Host.Cli;

/// <summary><c>airspace feed parse FILE-OR-URL</c>: one feed as the normalised JSON contract, or one line on stderr saying why not.</summary>
public static class FeedVerb
{
    public static Command Create()
    {
        var command = new Command("feed", "Try a feed without storing anything: parse it and print what Airspace reads from it.").WithExample("airspace feed parse https://airspace-review.com/feed/");
        command.Subcommands.Add(Parse());
        return command;
    }

    private static Command Parse()
    {
        var target = new Argument<string>("file-or-url") { Description = "A feed file (RSS, Atom, JSON Feed, WordPress posts JSON) or an http(s) URL" };
        var local = new Option<bool>("--local") { Description = "Allow a loopback or private-network URL (refused by default)" };
        var command = new Command("parse", "Parse one feed and print it as normalised JSON (title, link, items with plain-text fields and UTC dates).").WithExample("airspace feed parse https://airspace-review.com/feed/");
        command.Arguments.Add(target);
        command.Options.Add(local);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            var value = parse.GetValue(target) ?? "";
            ParsedFeed feed;
            try
            {
                feed = Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                    ? await FetchAsync(parse, url, parse.GetValue(local), ct).ConfigureAwait(false)
                    : ReadFile(value);
            }
            catch (FeedFormatException ex)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            await using var stdout = Console.OpenStandardOutput();
            FeedJson.Write(feed, stdout);
            await stdout.WriteAsync("\n"u8.ToArray(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ParsedFeed ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FeedFormatException($"{path}: no such file, and not an http(s) URL");
        }

        // The same cap as fetched feeds: a file is not trusted more than a URL.
        var limit = new FeedsOptions().MaxDocumentBytes;
        if (info.Length > limit)
        {
            throw new FeedFormatException($"{path} is too large ({info.Length} bytes; the limit is {limit})");
        }

        // A file has no web address: relative links resolve only against its xml:base.
        return FeedParser.Parse(File.ReadAllBytes(info.FullName), null);
    }

    private static async Task<ParsedFeed> FetchAsync(ParseResult parse, Uri url, bool allowLocal, CancellationToken ct)
    {
        await using var services = CliServices.Build(parse);
        var fetcher = services.GetRequiredService<HttpFetcher>();
        var result = await fetcher.FetchAsync(new HttpFetchRequest
        {
            Url = url,
            AllowLocal = allowLocal,
            Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, */*;q=0.8",
            MaxBytes = services.GetRequiredService<IOptions<FeedsOptions>>().Value.MaxDocumentBytes,
        }, ct).ConfigureAwait(false);
        if (result.Status != HttpFetchStatus.Ok || result.Body is null)
        {
            throw new FeedFormatException(result.Error ?? "the server sent no document");
        }

        return FeedParser.Parse(result.Body, result.Url, result.Charset);
    }
}
