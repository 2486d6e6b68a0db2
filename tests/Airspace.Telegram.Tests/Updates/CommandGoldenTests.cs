using System.Text;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Telegram.Tests.Updates;

/// <summary>
/// Freezes how Telegram message text becomes a command and what the user reads back (text and buttons), for every
/// command: the @bot suffix, quotes, extra spaces, empty and bad arguments. The transcript is in Golden/.
/// </summary>
public sealed class CommandGoldenTests(CommandBotFixture fixture) : IClassFixture<CommandBotFixture>
{
    private static readonly string Bot = "@" + FakeBotApi.BotUsername;

    public static readonly string[] PrivateForms =
    [
        "/help", "/help" + Bot, "/HELP extra words", "/start",
        "/latest", "/latest 3", "/latest" + Bot + " 2", "/latest    2   ", "/latest 0", "/latest 21", "/latest lots", "/latest 2 3", "/latest -1", "/latest +2", "/latest 02",
        "/search", "/search   ", "/search sukhoi", "/search \"report number\"", "/search    rafale   ", "/search" + Bot + " sukhoi", "/search zzzzqqq", "/search “Sukhoi report” 3", "/search rafale,\nsukhoi",
        "/summary", "/summary 1", "/summary #2", "/summary    3  ", "/summary 9999", "/summary abc", "/summary https://example.com/news/3/", "/summary ftp://example.com/x", "/summary 1 2",
        "/subscriptions", "/sources", "/nope", "/nope" + Bot,
    ];

    [Fact]
    public async Task Golden_PrivateChatForms_RepliesAsFrozen()
    {
        var transcript = new StringBuilder();
        var chat = 7100L;
        foreach (var text in PrivateForms)
        {
            chat++;
            Fake.AddPrivateChat(chat);
            Append(transcript, text, await fixture.AskAsync(chat, chat, text));
        }

        var actual = transcript.ToString().ReplaceLineEndings("\n");
        Assert.Equal(GoldenFile.Expected("telegram-private", actual), actual);
    }

    [Fact]
    public async Task Golden_GroupSubscriptionForms_RepliesAsFrozen()
    {
        var transcript = new StringBuilder();
        Fake.AddGroup(-7150);
        Fake.SetMember(-7150, 71, "administrator");
        Fake.SetMember(-7150, 72, "member");
        foreach (var (user, text) in new (long, string)[]
        {
            (72, "/subscribe rafale"),
            (72, "/unsubscribe"),
            (71, "/subscribe" + Bot + "   rafale,  \"kerja sama\"   Su-57 RAFALE"),
            (71, "/subscriptions"),
            (73, "/unsubscribe"),
            (73, "/unsubscribe" + Bot),
            (74, "/subscribe"),
            (74, "/subscriptions"),
            (75, "/subscribe " + string.Join(' ', Enumerable.Range(1, 21).Select(i => "k" + i))),
            (75, "/subscribe " + new string('x', 65)),
        })
        {
            if (user is 73 or 74 or 75)
            {
                Fake.SetMember(-7150, user, "administrator");
            }

            Append(transcript, $"[{user}] {text}", await fixture.AskAsync(-7150, user, text));
        }

        var actual = transcript.ToString().ReplaceLineEndings("\n");
        Assert.Equal(GoldenFile.Expected("telegram-group", actual), actual);
    }

    private FakeBotApi Fake => fixture.Fake;

    private static void Append(StringBuilder transcript, string input, FakeMessage reply)
    {
        transcript.Append("### ").Append(input.Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        var lines = reply.Text.Split('\n');
        if (lines[0].Contains(" for “", StringComparison.Ordinal))
        {
            // Equal scores rank in indexing order, which varies from run to run: a page's numbering is frozen, not its order.
            var numbers = lines.Where(l => l.Length > 2 && char.IsAsciiDigit(l[0]) && l.Contains(". ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(". ", StringComparison.Ordinal)]);
            transcript.Append(lines[0]).Append('\n')
                .Append("articles ").Append(string.Join(' ', numbers)).Append('\n');
        }
        else
        {
            transcript.Append(reply.Text).Append('\n');
        }

        if (reply.ReplyMarkup?["inline_keyboard"] is { } keyboard)
        {
            foreach (var button in keyboard.AsArray().SelectMany(r => r!.AsArray()))
            {
                transcript.Append("[button] ").Append((string)button!["text"]!).Append(" → ").Append((string)button["callback_data"]!).Append('\n');
            }
        }
    }
}
