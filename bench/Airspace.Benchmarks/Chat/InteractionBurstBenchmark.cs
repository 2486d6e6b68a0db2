using System.Diagnostics;
using System.Text.Json.Nodes;
using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Search;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Airspace.Testing;

namespace Airspace.Benchmarks.Chat;

/// <summary>
/// Issue 9 §4: 300 signed <c>/search</c> interactions POSTed to the HTTP interactions endpoint at once; each is timed
/// from its request to the endpoint's answer (the acknowledgement Discord waits 3 s for), then until every deferred
/// one has its answer through the interaction webhook. Real searches over an ingested archive, the loopback fake.
/// </summary>
public static class InteractionBurstBenchmark
{
    public const int Burst = 300;
    private const int Articles = 500;
    private static readonly string[] Queries = ["Sukhoi", "Rafale", "F-16 Viper", "\"Lanud Iswahjudi\"", "pesawat tempur", "Skadron Udara 3", "KSAU", "Madiun"];

    public static async Task<InteractionBurstReport> RunAsync(Action<string> log)
    {
        using var temp = new TempDirectory();
        await using var fake = await FakeDiscord.StartAsync();

        // The fake cannot see the HTTP replies; an edit of @original proves the deferral it answers.
        fake.AssumeDeferredOverHttp = true;
        var keys = new Ed25519TestKeys();
        var settings = TestHost.HttpModeSettings(fake, temp, keys);
        settings["Logging:LogLevel:Default"] = "Warning";
        await using var host = await TestHost.StartAsync(settings, temp);
        var ingestor = host.Get<ArticleIngestor>();
        for (var i = 1; i <= Articles; i++)
        {
            var topic = Queries[i % Queries.Length].Trim('"');
            await ingestor.IngestAsync(new ArticleDraft
            {
                Source = "airspace-review.com",
                Url = $"https://www.airspace-review.com/bench/{i}/",
                Title = $"{topic} nomor {i} tiba di Lanud Iswahjudi",
                Text = $"{topic} nomor {i} tiba di Lanud Iswahjudi, Madiun, pada hari Selasa. Pesawat itu memperkuat Skadron Udara 3. "
                    + "Kepala Staf TNI AU (KSAU) menyambut kedatangannya bersama para penerbang dan teknisi. "
                    + $"Kedatangan {topic} ini merupakan bagian dari program modernisasi alutsista TNI AU.",
                Published = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddHours(i),
                Categories = ["Berita"],
            }, default);
        }

        await host.Get<SearchIndexer>().CatchUpAsync(default);
        log($"discord burst: {Articles} articles indexed");

        using var http = new HttpClient();

        // A server that has answered before (code paths compiled, store open), as in production.
        for (var i = 0; i < 10; i++)
        {
            var ping = fake.NewInteraction(1, null, InteractionHarness.Channel);
            using var warm = await http.SendAsync(SignedRequests.Create(host.HttpPort, ping.ToJsonString(), keys));
            var search = fake.NewInteraction(2, InteractionHarness.Command("search", ("query", Queries[i % Queries.Length])), InteractionHarness.Channel);
            using var warmSearch = await http.SendAsync(SignedRequests.Create(host.HttpPort, search.ToJsonString(), keys));
        }

        var interactions = Enumerable.Range(0, Burst)
            .Select(i => fake.NewInteraction(2, InteractionHarness.Command("search", ("query", Queries[i % Queries.Length])), InteractionHarness.Channel))
            .ToList();
        var requests = interactions.Select(i => SignedRequests.Create(host.HttpPort, i.ToJsonString(), keys)).ToList();

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(requests.Select(async request =>
        {
            var started = clock.Elapsed;
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            var took = clock.Elapsed - started;
            var type = response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))!["type"]!.GetValue<int>() : -(int)response.StatusCode;
            return (Took: took.TotalMilliseconds, Type: type);
        }));
        var acknowledgedAll = clock.Elapsed;

        var deferred = interactions.Zip(answers).Where(p => p.Second.Type == 5).Select(p => fake.Interaction(p.First)).ToList();
        await Eventually.WaitUntilAsync(() => deferred.All(d => d.Edits.Count > 0), TimeSpan.FromSeconds(60));
        var answeredAll = clock.Elapsed;
        foreach (var group in fake.Requests.GroupBy(r => (r.Method, Kind: r.Path.Split('/').Take(2).LastOrDefault(), r.Status)))
        {
            log($"discord burst: fake saw {group.Count()} × {group.Key.Method} /{group.Key.Kind}/… → {group.Key.Status}");
        }

        var took = answers.Select(a => a.Took).Order().ToList();
        foreach (var request in requests)
        {
            request.Dispose();
        }

        return new InteractionBurstReport(
            Burst,
            Articles,
            took[took.Count / 2],
            took[(int)Math.Ceiling(0.95 * took.Count) - 1],
            took[^1],
            answers.Count(a => a.Type == 4),
            deferred.Count,
            answers.Count(a => a.Type is not (4 or 5)),
            acknowledgedAll.TotalMilliseconds,
            answeredAll.TotalMilliseconds,
            deferred.Count(d => d.Edits.Count > 0));
    }
}
