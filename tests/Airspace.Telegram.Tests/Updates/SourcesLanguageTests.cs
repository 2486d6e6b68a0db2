using Airspace.Telegram.Tests.Fake;

namespace Airspace.Telegram.Tests.Updates;

/// <summary>
/// <c>/sources</c> typed by an operator whose Telegram language_code is Indonesian: every reply in Indonesian. Its own
/// bot (fixture), so the operator's commands do not share the per-user command limit with <see cref="SourcesCommandTests"/>.
/// </summary>
public sealed class SourcesLanguageTests(CommandBotFixture fixture) : IClassFixture<CommandBotFixture>, IAsyncLifetime
{
    private LoopbackKestrel _site = null!;

    private FakeBotApi Fake => fixture.Fake;

    public async Task InitializeAsync() => _site = await SampleFeedSite.StartAsync("/feed/", linked: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Sources_OperatorWithLanguageCodeId_AddsPollsListsAndRemovesInIndonesian()
    {
        Fake.AddGroup(-7103);
        var root = _site.BaseAddress;

        var added = await fixture.AskAsync(-7103, CommandBotFixture.OperatorId, $"/sources add \"Tinjauan Udara\" {root}", languageCode: "id");
        var clash = await fixture.AskAsync(-7103, CommandBotFixture.OperatorId, $"/sources add \"tinjauan udara\" {root}", languageCode: "id");
        var polled = await fixture.AskAsync(-7103, CommandBotFixture.OperatorId, "/sources poll \"Tinjauan Udara\"", languageCode: "id");
        var listed = await fixture.AskAsync(-7103, CommandBotFixture.OperatorId, "/sources", languageCode: "id");
        var removed = await fixture.AskAsync(-7103, CommandBotFixture.OperatorId, "/sources remove \"Tinjauan Udara\"", languageCode: "id");

        Assert.Equal(
            $"Ditemukan feed RSS 2.0 di jalur umum /feed/: {root}feed/ (1 item).\n" +
            $"Tinjauan Udara ditambahkan (Feed, {root}feed/). Pemeriksaan pertamanya mengarsipkan isi yang ada tanpa mengirimnya; artikel baru setelah itu dikirim.",
            added.Text);
        Assert.Equal("⚠️ Sumber bernama 'Tinjauan Udara' sudah ada (huruf besar dan kecil dianggap sama); hapus dulu atau pilih nama lain.", clash.Text);
        Assert.Matches(@"^Tinjauan Udara: (0 baru, 0 berubah, [01] diarsipkan tanpa peringatan|tidak ada perubahan)\.$", polled.Text);
        Assert.Matches(@"Tinjauan Udara \(Feed, [^)]*setiap \d+ menit\) — (sehat|belum diperiksa)", listed.Text);
        Assert.Equal("Tinjauan Udara dihapus. Artikelnya tetap ada di arsip.", removed.Text);
    }
}
