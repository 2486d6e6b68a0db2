using System.Net;
using System.Text.Json;
using Airspace.Host.Http;
using Airspace.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Airspace.Host.Tests.Running;

/// <summary>The bot's own HTTP endpoints on a loopback port: /healthz as JSON per component, /metrics, and the management split.</summary>
public sealed class HttpEndpointTests : IDisposable
{
    private const string AlertMark = "✈ ";
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Healthz_AllComponentsUp_AnswersJsonWithEachComponent()
    {
        await using var bot = await TestBot.StartAsync(Settings());
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(bot.HttpAddress, "/healthz"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var components = json.RootElement.GetProperty("components");
        foreach (var name in new[] { "store", "search", "sources" })
        {
            Assert.Equal("Healthy", components.GetProperty(name).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Healthz_StoreBroken_Answers503NamingTheStore()
    {
        await using var bot = await TestBot.StartAsync(Settings());
        await RawSql.ExecuteAsync(Path.Combine(_temp.Combine("data"), "airspace.db"), "ALTER TABLE deliveries RENAME TO deliveries_lost");
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(bot.HttpAddress, "/healthz"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        var components = json.RootElement.GetProperty("components");
        Assert.Equal("Unhealthy", components.GetProperty("store").GetProperty("status").GetString());
        Assert.Equal("Healthy", components.GetProperty("search").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_AfterFirstAlert_ServesAirspaceMetricsOnHttpUrls()
    {
        await using var bot = await TestBot.StartAsync(Settings());
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains(AlertMark, StringComparison.Ordinal)), bot.Console.Text);
        using var client = new HttpClient();

        var metrics = await client.GetStringAsync(new Uri(bot.HttpAddress, "/metrics"));

        Assert.Contains("airspace_deliveries_sent_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("platform=\"console\"", metrics, StringComparison.Ordinal);
        Assert.Contains("airspace_articles_ingested_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("airspace_outbox_depth{", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ManagementUrlsSet_ServedOnlyOnManagementPort()
    {
        var settings = Settings();
        settings["Airspace:Http:ManagementUrls"] = "http://127.0.0.1:0";
        settings["Logging:LogLevel:Airspace"] = "Information";
        await using var bot = await TestBot.StartAsync(settings);
        var management = Assert.Single(bot.Get<ManagementListeners>().Addresses);
        var addresses = bot.Get<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a.TrimEnd('/') + "/")).ToList();
        Assert.Equal(2, addresses.Count);
        var published = Assert.Single(addresses, a => a.Port != management.Port);
        Assert.Equal(published, bot.HttpAddress);
        using var client = new HttpClient();

        using var publicMetrics = await client.GetAsync(new Uri(published, "/metrics"));
        using var publicHealth = await client.GetAsync(new Uri(published, "/healthz"));
        using var managementMetrics = await client.GetAsync(new Uri(management, "/metrics"));
        using var managementHealth = await client.GetAsync(new Uri(management, "/healthz"));

        Assert.Equal(HttpStatusCode.NotFound, publicMetrics.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicHealth.StatusCode);
        Assert.Equal(HttpStatusCode.OK, managementMetrics.StatusCode);
        Assert.Contains("airspace_outbox_depth", await managementMetrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, managementHealth.StatusCode);
        Assert.Contains(bot.Logs.Entries, l => l.Text.Contains("Serving /healthz and /metrics only on " + management.ToString().TrimEnd('/'), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_InvalidManagementUrl_FailsNamingTheKey()
    {
        var settings = Settings();
        settings["Airspace:Http:ManagementUrls"] = "ftp://example";
        await using var bot = TestBot.Create(settings);

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => bot.Host.StartAsync());

        Assert.Contains("Airspace:Http:ManagementUrls", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private Dictionary<string, string?> Settings()
    {
        var settings = TestBot.Settings(_temp.Combine("data"), Samples.AirspaceOnly(_temp));
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        return settings;
    }
}
