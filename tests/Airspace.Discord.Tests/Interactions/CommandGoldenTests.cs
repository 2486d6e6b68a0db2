using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airspace.Discord.Commands;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Interactions;

/// <summary>
/// Freezes the registered slash commands (the JSON Discord receives) and, for every command, how interaction option
/// payloads and paging buttons become replies (content, embeds, buttons, flags). The transcripts are in Golden/.
/// </summary>
public sealed class CommandGoldenTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Golden_RegisteredCommands_AreAsFrozen()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:ApplicationId"] = FakeDiscord.ApplicationId);

        var result = await harness.Get<CommandRegistrar>().RegisterAsync(default);

        Assert.True(result.IsSuccess, result.Describe());
        var actual = (harness.Fake.RegisteredCommands!.ToJsonString(Indented) + "\n").ReplaceLineEndings("\n");
        Assert.Equal(GoldenFile.Expected("discord-commands", actual), actual);
    }

    [Fact]
    public async Task Golden_OptionPayloadsAndButtons_AnswerAsFrozen()
    {
        await using var harness = await DiscordHarness.StartAsync();
        await DiscordPosts.IngestAsync(harness, 12);
        await ConnectedAsync(harness);
        var transcript = new StringBuilder();

        async Task Ask(string label, JsonObject data, string member = "0", string app = CanPost, string? guild = Guild)
        {
            var text = data.ToJsonString();
            Append(transcript, label + " " + text, await CommandAsync(harness.Fake, data, member, app, guild));
        }

        async Task Click(string customId)
        {
            var click = harness.Fake.NewInteraction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, Channel);
            Append(transcript, "button " + customId, await SendAsync(harness.Fake, click));
        }

        await Ask("help", Command("help"));
        await Ask("latest", Command("latest"));
        await Ask("latest", Command("latest", ("count", 3)));
        await Ask("latest", Command("latest", ("count", "2")));
        await Ask("latest", Command("latest", ("count", "abc")));
        await Ask("latest", Command("latest", ("count", 0)));
        await Ask("latest", Command("latest", ("count", 21)));
        await Ask("search", Command("search"));
        await Ask("search", Command("search", ("query", "Pesawat")));
        await Ask("search", Command("search", ("query", "  Pesawat   tempur  ")));
        await Ask("search", Command("search", ("query", "\"Pesawat tempur 3\"")));
        await Ask("search", Command("search", ("query", "Pesawat"), ("page", 2)));
        await Ask("search", Command("search", ("query", "Pesawat"), ("page", 3)));
        await Ask("search", Command("search", ("query", "zzzzqqq")));
        await Ask("summary", Command("summary"));
        await Ask("summary", Command("summary", ("article", "#2")));
        await Ask("summary", Command("summary", ("article", "3")));
        await Ask("summary", Command("summary", ("article", "9999")));
        await Ask("summary", Command("summary", ("article", "abc")));
        await Ask("summary", Command("summary", ("article", "https://www.airspace-review.com/2024/01/04/pesawat-tempur-4/")));
        await Ask("subscriptions", Command("subscriptions"));
        await Ask("subscribe no permission", Command("subscribe", ("keywords", "F-16")));
        await Ask("subscribe in a DM", Command("subscribe"), guild: null);
        await Ask("subscribe bot cannot embed", Command("subscribe"), Manager, app: "3072");
        await Ask("subscribe", Command("subscribe", ("keywords", "F-16, Su-57  \"kerja sama\" f-16")), Manager);
        await Ask("subscriptions", Command("subscriptions"));
        await Ask("subscribe", Command("subscribe"), Manager);
        await Ask("unsubscribe no permission", Command("unsubscribe"));
        await Ask("unsubscribe", Command("unsubscribe"), Manager);
        await Ask("unsubscribe", Command("unsubscribe"), Manager);
        await Ask("sources", Command("sources"));
        await Ask("unknown", Command("nope"));
        await Click("search:2:=Pesawat");
        await Click("search:3:=Pesawat tempur");
        await Click("search:0:=Pesawat");
        await Click("search:x:=Pesawat");
        await Click("search:2:~0123456789ab");
        await Click("nonsense");

        var actual = transcript.ToString().ReplaceLineEndings("\n");
        Assert.Equal(GoldenFile.Expected("discord-replies", actual), actual);
    }

    private static void Append(StringBuilder transcript, string input, FakeInteraction answer)
    {
        transcript.Append("### ").Append(input).Append('\n');
        transcript.Append("type ").Append(answer.ResponseType).Append('\n');
        var visible = answer.Visible;
        if (visible is null)
        {
            return;
        }

        transcript.Append("content ").Append(visible["content"]?.GetValue<string>()).Append('\n');
        if (visible["flags"] is { } flags)
        {
            transcript.Append("flags ").Append(flags.ToJsonString()).Append('\n');
        }

        var embeds = visible["embeds"]?.AsArray() ?? [];
        if (visible["content"]?.GetValue<string>().Contains(" for “", StringComparison.Ordinal) == true)
        {
            // Equal scores rank in indexing order, which varies from run to run: a page's count is frozen, not its order.
            transcript.Append("embeds ").Append(embeds.Count).Append('\n');
        }
        else
        {
            foreach (var embed in embeds)
            {
                transcript.Append("embed ").Append(embed!["title"]?.GetValue<string>()).Append(" | ").Append(embed["footer"]?["text"]?.GetValue<string>()).Append('\n');
            }
        }

        foreach (var button in visible["components"]?.AsArray().SelectMany(r => r!["components"]!.AsArray()) ?? [])
        {
            transcript.Append("button ").Append(button!["label"]?.GetValue<string>()).Append(" → ").Append(button["custom_id"]?.GetValue<string>()).Append('\n');
        }
    }
}
