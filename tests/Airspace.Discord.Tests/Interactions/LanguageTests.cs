using System.Text.Json.Nodes;
using Airspace.Core.Publishing;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Interactions;

/// <summary>Answers in the interaction's locale, then the server's (guild_locale), else Airspace:Chat:Language; alerts in the subscription's language.</summary>
public sealed class LanguageTests
{
    private static JsonObject Interaction(DiscordHarness harness, JsonObject data, string? locale, string? guildLocale = null)
    {
        var interaction = harness.Fake.NewInteraction(2, data, Channel, Guild, "0", CanPost);
        interaction["locale"] = locale;
        if (guildLocale is not null)
        {
            interaction["guild_locale"] = guildLocale;
        }

        return interaction;
    }

    [Fact]
    public async Task Search_LocaleId_AnswersAndButtonsInIndonesian()
    {
        await using var harness = await ConnectedAsync(await DiscordHarness.StartAsync());
        await DiscordPosts.IngestAsync(harness, 12);

        var answer = await SendAsync(harness.Fake, Interaction(harness, Command("search", ("query", "Pesawat")), "id"));

        Assert.StartsWith("12 hasil untuk “Pesawat” (halaman 1 dari 3):", Content(answer), StringComparison.Ordinal);
        var button = Assert.Single(answer.Visible!["components"]![0]!["components"]!.AsArray())!;
        Assert.Equal("Berikutnya ▶", button["label"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("fr", "id", "Airspace mengirim ringkasan singkat")]
    [InlineData("en-US", "id", "Airspace posts a short summary")]
    [InlineData("id", "en-US", "Airspace mengirim ringkasan singkat")]
    [InlineData("fr", null, "Airspace posts a short summary")]
    public async Task Help_LocaleThenGuildLocale_ChooseTheLanguage(string locale, string? guildLocale, string expected)
    {
        await using var harness = await ConnectedAsync(await DiscordHarness.StartAsync());

        var answer = await SendAsync(harness.Fake, Interaction(harness, Command("help"), locale, guildLocale));

        Assert.StartsWith(expected, Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_UnsupportedLocale_AnswersInAirspaceChatLanguage()
    {
        await using var harness = await ConnectedAsync(await DiscordHarness.StartAsync((_, settings) => settings["Airspace:Chat:Language"] = "id"));

        var answer = await SendAsync(harness.Fake, Interaction(harness, Command("help"), "fr"));

        Assert.StartsWith("Airspace mengirim ringkasan singkat", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_LanguageId_RefusalForAMemberIsInTheUsersLanguage()
    {
        await using var harness = await ConnectedAsync(await DiscordHarness.StartAsync());

        var answer = await SendAsync(harness.Fake, Interaction(harness, Command("subscribe", ("language", "id")), "id"));

        Assert.Equal("⚠️ Hanya anggota dengan izin Manage Channels yang dapat mengubah langganan saluran ini.", Content(answer));
    }

    [Fact]
    public async Task SendAsync_PostInIndonesian_EmbedLabelsInIndonesianWithTheArticleId()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var sender = harness.Services.GetServices<IChatSender>().Single(s => s.Platform == "discord");
        var post = DiscordPosts.Post(Channel) with { Language = "id" };

        Assert.IsType<SendOutcome.Delivered>(await sender.SendAsync(post, default));

        var embed = Assert.Single(Assert.Single(harness.Fake.MessagesIn(Channel)).Body["embeds"]!.AsArray())!;
        var fields = embed["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(["Sumber", "Kategori"], fields);
        Assert.Equal("#" + post.Article.Id.Value, embed["footer"]!["text"]!.GetValue<string>());
    }
}
