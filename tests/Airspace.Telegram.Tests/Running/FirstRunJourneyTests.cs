using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Running;

/// <summary>
/// docs/telegram.md in its natural order, with the real executable: subscribe the group, then the first run with a
/// token. The bundled demo archive must not reach the group; the user's own article must.
/// </summary>
public sealed class FirstRunJourneyTests : IAsyncLifetime
{
    private const long Group = -1009411;
    private readonly TempDirectory _temp = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.AddGroup(Group);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Run_GroupSubscribedBeforeTheFirstRunWithAToken_PostsOnlyTheUsersArticleToTheGroup()
    {
        var data = _temp.Combine("data");
        using (var add = new AirspaceProcess(_temp.Path, Environment(), "subscriptions", "add", $"telegram:{Group}", "--data", data))
        {
            Assert.Equal(0, await add.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        }

        using var bot = new AirspaceProcess(_temp.Path, Environment(), "run", "--data", data);
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.Count("getUpdates") >= 1, TimeSpan.FromSeconds(60)), bot.Stderr);
        var inbox = Path.Combine(data, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "2024-01-02-f16.md"), """
            ---
            title: Indonesia menerima F-16 Viper pertama
            ---
            TNI Angkatan Udara menerima pesawat tempur F-16 Viper pertama di Lanud Iswahjudi, Madiun. Pesawat itu diterbangkan langsung dari Amerika Serikat.
            """);

        // Alerts to one chat go out in order, so any demo alert planned at the first start would arrive first.
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Group).Count >= 1, TimeSpan.FromSeconds(60)), bot.Stderr);
        var only = Assert.Single(_fake.BotMessages(Group));
        Assert.StartsWith("Indonesia menerima F-16 Viper pertama", only.Text, StringComparison.Ordinal);
        Assert.Contains(await bot.InterruptAsync(), new[] { 0, 130 });

        // Nothing was seeded: the store holds the user's article only.
        using var latest = new AirspaceProcess(_temp.Path, Environment(), "latest", "-n", "10", "--data", data);
        Assert.Equal(0, await latest.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("The latest article:", latest.Stdout, StringComparison.Ordinal);
        Assert.Empty(_fake.BotMessages(Group).Skip(1));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Airspace__Telegram__Token"] = _fake.Token,
        ["Airspace__Telegram__ApiBaseUrl"] = _fake.BaseUrl,
        ["Airspace__Telegram__PollTimeout"] = "00:00:01",
        ["Airspace__Publisher__PollInterval"] = "00:00:00.2",
        ["Airspace__Inbox__RescanInterval"] = "00:00:00.5",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
