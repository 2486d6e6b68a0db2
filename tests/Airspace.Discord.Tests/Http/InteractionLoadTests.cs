using System.Net;
using System.Text.Json.Nodes;
using Airspace.Core.Commands;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Discord.Tests.Http;

/// <summary>
/// Many signed interactions at once whose handlers hold their threads (as searches do): every one must be
/// acknowledged while the handlers are still held, and each answer must follow once they are let go.
/// </summary>
public sealed class InteractionLoadTests : IAsyncLifetime
{
    private const int Burst = 100;
    private readonly Ed25519TestKeys _keys = new();
    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new();
    private readonly BlockingCommand _blocking = new();
    private FakeDiscord _fake = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        var settings = TestHost.HttpModeSettings(_fake, _temp, _keys);
        settings["Airspace:Discord:DeferAfter"] = "00:00:00.2";
        _host = await TestHost.StartAsync(settings, _temp, services => services.AddSingleton<IChatCommand>(_blocking));
    }

    public async Task DisposeAsync()
    {
        _blocking.Release();
        _http.Dispose();
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
        _temp.Dispose();
        _blocking.Dispose();
    }

    [Fact]
    public async Task Post_HundredConcurrentInteractionsWhoseHandlersHoldTheirThreads_AllDeferredThenAllAnswered()
    {
        var interactions = Enumerable.Range(0, Burst).Select(_ => _fake.NewInteraction(2, InteractionHarness.Command("block"), InteractionHarness.Channel)).ToList();

        var posts = interactions.Select(i => _http.SendAsync(SignedRequests.Create(_host.HttpPort, i.ToJsonString(), _keys))).ToList();
        var all = Task.WhenAll(posts);
        var acknowledged = await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))) == all;
        Assert.True(acknowledged, $"{posts.Count(p => p.IsCompleted)} of {Burst} acknowledged while {_blocking.Started} handlers held their threads");

        foreach (var (interaction, post) in interactions.Zip(posts))
        {
            using var response = await post;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var type = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<int>();
            Assert.Equal(5, type);

            // Discord would now accept edits of @original: the fake learns of the HTTP reply here.
            Assert.True(_fake.AcknowledgedOverHttp(interaction, type));
        }

        Assert.True(_blocking.Started < Burst, "every handler started before any was acknowledged");
        _blocking.Release();

        var answers = interactions.Select(_fake.Interaction).ToList();
        Assert.True(await Eventually.WaitUntilAsync(() => answers.All(a => a.Edits.Count == 1)), $"{answers.Count(a => a.Edits.Count == 1)} of {Burst} answered");
        Assert.All(answers, a => Assert.Contains("Released.", InteractionHarness.Content(a), StringComparison.Ordinal));
    }
}
