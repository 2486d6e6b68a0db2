using Airspace.Core.Summaries;
using Airspace.Llm.Tests.Support;

namespace Airspace.Llm.Tests;

public sealed class LlmSummarizerTests : IAsyncLifetime
{
    private const string Body =
        "Pemimpin Korea Utara Kim Jong Un mengunjungi pabrik pesawat KnAAZ di Komsomolsk-on-Amur, Rusia.\n"
        + "Pabrik itu membuat jet tempur Su-35S dan Su-57 untuk Kementerian Pertahanan Rusia.";

    private static readonly SummaryInput Input = new("Kim Jong Un kunjungi pabrik Su-57", Body, "id");

    private readonly string keyVariable = "AIRSPACE_LLM_TEST_KEY_" + Guid.NewGuid().ToString("N");
    private readonly LogCapture logs = new();
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(keyVariable, null);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task SummarizeAsync_ServerAnswers_ModelTextWithLlmVersion()
    {
        server.Reply = "Kim Jong Un mengunjungi pabrik jet tempur Su-57 di Rusia.";

        var summary = await Create().SummarizeAsync(Input, CancellationToken.None);

        Assert.Equal("Kim Jong Un mengunjungi pabrik jet tempur Su-57 di Rusia.", summary.Text);
        Assert.StartsWith("llm-fake-model;p=", summary.SummarizerVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_Request_SendsShippedPromptArticleAndModel()
    {
        await Create().SummarizeAsync(Input, CancellationToken.None);

        var (body, _) = Assert.Single(server.Requests);
        Assert.Equal("fake-model", body["model"]!.GetValue<string>());
        var messages = body["messages"]!.AsArray();
        Assert.Equal("system", messages[0]!["role"]!.GetValue<string>());
        var system = messages[0]!["content"]!.ToString();
        Assert.Contains("same language as the article (Indonesian)", system, StringComparison.Ordinal);
        Assert.Contains("at most 600 characters", system, StringComparison.Ordinal);
        Assert.Contains("Su-35S dan Su-57", messages[1]!["content"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_KeyInEnvironment_SentAsBearerAndNeverLogged()
    {
        const string key = "sk-test-secret-value-123";
        Environment.SetEnvironmentVariable(keyVariable, key);
        server.Status = 500;

        var summary = await Create().SummarizeAsync(Input, CancellationToken.None);

        var (_, authorization) = Assert.Single(server.Requests);
        Assert.Equal($"Bearer {key}", authorization);
        Assert.Equal(FixedSummarizer.Text, summary.Text);
        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, line => line.Text.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_ProviderErrorEchoesSecrets_LoggedRedacted()
    {
        const string key = "sk-proj-echoed-secret-value-456";
        // Token-shaped, assembled at run time so no token-like literal sits in the repository.
        var telegramToken = "123456" + "789:" + new string('A', 20) + new string('x', 15);
        Environment.SetEnvironmentVariable(keyVariable, key);
        server.Status = 401;
        server.ErrorMessage = $"Incorrect API key provided: {key}. Also seen: {telegramToken}";

        await Create().SummarizeAsync(Input, CancellationToken.None);

        Assert.Contains(logs.Entries, line => line.Text.Contains("[redacted]", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, line => line.Text.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, line => line.Text.Contains(telegramToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_ServerSlowerThanTimeout_FallsBackToExtractive()
    {
        server.Delay = TimeSpan.FromSeconds(10);

        var summary = await Create(TimeSpan.FromMilliseconds(300)).SummarizeAsync(Input, CancellationToken.None);

        Assert.Equal(new Summary(FixedSummarizer.Text, "extractive-test"), summary);
        Assert.Contains(logs.Entries, line => line.Text.Contains("longer than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task SummarizeAsync_ServerError_FallsBackToExtractive(int status)
    {
        server.Status = status;

        var summary = await Create().SummarizeAsync(Input, CancellationToken.None);

        Assert.Equal(FixedSummarizer.Text, summary.Text);
        Assert.Equal("extractive-test", summary.SummarizerVersion);
    }

    [Fact]
    public async Task SummarizeAsync_NothingListening_FallsBackToExtractive()
    {
        var endpoint = server.Endpoint;
        await server.DisposeAsync();
        server = await FakeOpenAiServer.StartAsync();

        var summary = await Create(endpoint: endpoint).SummarizeAsync(Input, CancellationToken.None);

        Assert.Equal(FixedSummarizer.Text, summary.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    public async Task SummarizeAsync_EmptyAnswer_FallsBackToExtractive(string reply)
    {
        server.Reply = reply;

        var summary = await Create().SummarizeAsync(Input, CancellationToken.None);

        Assert.Equal(FixedSummarizer.Text, summary.Text);
    }

    [Fact]
    public async Task SummarizeAsync_AnswerOverLimit_KeepsWholeSentencesWithinLimit()
    {
        var sentence = "Kim Jong Un mengunjungi pabrik pesawat KnAAZ di Rusia untuk melihat produksi jet tempur Su-57.";
        server.Reply = "Ringkasan:\n- " + string.Join("\n- ", Enumerable.Repeat(sentence, 10));

        var summary = await Create().SummarizeAsync(Input, CancellationToken.None);

        Assert.InRange(summary.Text.Length, 1, 600);
        Assert.StartsWith(sentence, summary.Text, StringComparison.Ordinal);
        Assert.EndsWith("Su-57.", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', summary.Text);
    }

    [Fact]
    public async Task SummarizeAsync_CallerCancels_Throws()
    {
        server.Delay = TimeSpan.FromSeconds(10);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Create(TimeSpan.FromSeconds(30)).SummarizeAsync(Input, cts.Token));
    }

    [Fact]
    public async Task SummarizeAsync_EmptyBody_FallbackWithoutCallingTheModel()
    {
        var summary = await Create().SummarizeAsync(new SummaryInput("Judul", " ", "id"), CancellationToken.None);

        Assert.Equal(FixedSummarizer.Text, summary.Text);
        Assert.Empty(server.Requests);
    }

    private LlmSummarizer Create(TimeSpan? timeout = null, Uri? endpoint = null)
    {
        var options = new LlmOptions
        {
            Enabled = true,
            Endpoint = endpoint ?? server.Endpoint,
            Model = "fake-model",
            ApiKeyVariable = keyVariable,
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
        };
        return new LlmSummarizer(LlmServiceCollectionExtensions.CreateChatClient(options), new FixedSummarizer(), options, logs.CreateLogger<LlmSummarizer>());
    }
}
