using Airspace.Core.Commands;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Core.Tests.Commands;

/// <summary><c>/sources add|remove|poll</c>: who may, how chat text binds, and that chat never asks for a local source.</summary>
public sealed class SourcesCommandTests
{
    private const string Operator = "42";
    private readonly InMemorySourceAdmin _admin = new();
    private readonly CommandRouter _router;

    public SourcesCommandTests()
    {
        var operators = new OperatorsOptions();
        operators.Telegram.Add(Operator);
        operators.Discord.Add(Operator);
        _router = new CommandRouter([new SourcesCommand(new EmptyCatalog(), _admin, Options.Create(operators), NullLogger<SourcesCommand>.Instance)]);
    }

    private static CommandContext Telegram(string user, bool isPrivate = false) =>
        new() { Channel = ChannelAddress.ForTelegram(isPrivate ? long.Parse(user, System.Globalization.CultureInfo.InvariantCulture) : -100123), UserId = user, IsPrivate = isPrivate };

    [Theory]
    [InlineData("/sources add review https://airspace-review.com/")]
    [InlineData("/sources remove review")]
    [InlineData("/sources poll review")]
    [InlineData("/sources poll")]
    [InlineData("/sources add")]
    public async Task HandleAsync_NotAnOperator_RefusedWithoutTouchingSources(string input)
    {
        var reply = await _router.HandleAsync(Telegram("7"), input, default);

        Assert.True(reply.IsError);
        Assert.Equal("Only the bot's operators can change sources.", reply.Text);
        Assert.Empty(_admin.Calls);
    }

    [Fact]
    public async Task HandleAsync_OperatorOfTheOtherPlatform_Refused()
    {
        var operators = new OperatorsOptions();
        operators.Discord.Add(Operator);
        var router = new CommandRouter([new SourcesCommand(new EmptyCatalog(), _admin, Options.Create(operators), NullLogger<SourcesCommand>.Instance)]);

        var reply = await router.HandleAsync(Telegram(Operator), "/sources remove review", default);

        Assert.Equal("Only the bot's operators can change sources.", reply.Text);
        Assert.Empty(_admin.Calls);
    }

    [Fact]
    public async Task HandleAsync_OperatorAddsNameThenUrl_BindsInTheCliOrderAndNeverLocal()
    {
        var reply = await _router.HandleAsync(Telegram(Operator), "/sources add \"Airspace Review\" https://airspace-review.com/ ", default);

        Assert.False(reply.IsError, reply.Text);
        var request = Assert.Single(_admin.Adds);
        Assert.Equal("Airspace Review", request.Name);
        Assert.Equal("https://airspace-review.com/", request.Url);
        Assert.False(request.Local);
        Assert.True(request.Check);
        Assert.False(request.Replace);
        Assert.Equal("Found an RSS 2.0 feed.\nAdded Airspace Review.", reply.Text);
    }

    [Theory]
    [InlineData("/sources add review", "Usage: /sources add NAME URL")]
    [InlineData("/sources remove", "Usage: /sources remove NAME")]
    [InlineData("/sources remove my feed", "Usage: /sources remove NAME")]
    [InlineData("/sources poll my feed", "Usage: /sources poll [NAME]")]
    [InlineData("/sources delete review", "Usage: /sources, or for operators: /sources add NAME URL")]
    public async Task HandleAsync_OperatorWithWrongArguments_UsageForThatAction(string input, string expected)
    {
        var reply = await _router.HandleAsync(Telegram(Operator), input, default);

        Assert.True(reply.IsError);
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(_admin.Calls);
    }

    [Theory]
    [InlineData(SourceAddFailure.RefusedAddress, "a loopback", "http://127.0.0.1:8080/ is a loopback address, which is never added from chat.")]
    [InlineData(SourceAddFailure.NameTaken, "Review", "A source named 'Review' already exists (names are case-insensitive); remove it first or choose another name.")]
    [InlineData(SourceAddFailure.Invalid, "Url must be an absolute http(s) URL.", "The URL must be an absolute http(s) URL.")]
    [InlineData(SourceAddFailure.NotFound, "http://127.0.0.1:8080/ answered HTTP 404", "Nothing was saved: http://127.0.0.1:8080/ answered HTTP 404.")]
    public async Task HandleAsync_AddFails_OneSentenceWithoutCliOptions(SourceAddFailure failure, string detail, string expected)
    {
        _admin.NextAdd = SourceAddResult.Fail(failure, detail, "http://127.0.0.1:8080/");

        var reply = await _router.HandleAsync(Telegram(Operator), "/sources add review http://127.0.0.1:8080/", default);

        Assert.True(reply.IsError);
        Assert.Equal(expected, reply.Text);
        Assert.DoesNotContain("--", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OperatorPollsAll_WakesThePoller()
    {
        var reply = await _router.HandleValuesAsync(new CommandContext { Channel = ChannelAddress.ForDiscord(5), UserId = Operator }, "sources", new Dictionary<string, object?> { ["action"] = "POLL" }, default);

        Assert.Equal("Polling all 3 sources now; new articles are posted as usual.", reply.Text);
        Assert.Equal(["poll-all"], _admin.Calls);
    }

    [Fact]
    public async Task HandleAsync_PollFailsInAGroup_ErrorTextOnlyInPrivate()
    {
        _admin.NextPoll = new SourcePollResult { Name = "review", Error = "HTTP 500 from http://10.0.0.5/internal/feed.xml" };

        var group = await _router.HandleAsync(Telegram(Operator), "/sources poll review", default);
        var alone = await _router.HandleAsync(Telegram(Operator, isPrivate: true), "/sources poll review", default);

        Assert.Equal("Polling review failed; /sources in a private chat with the bot shows why.", group.Text);
        Assert.Equal("Polling review failed: HTTP 500 from http://10.0.0.5/internal/feed.xml.", alone.Text);
    }

    [Fact]
    public async Task HandleAsync_NoAction_ListsForEveryone()
    {
        var reply = await _router.HandleAsync(Telegram("7"), "/sources", default);
        var list = await _router.HandleAsync(Telegram("7"), "/sources list", default);

        Assert.False(reply.IsError);
        Assert.StartsWith("No sources", reply.Text, StringComparison.Ordinal);
        Assert.Equal(reply.Text, list.Text);
        Assert.Empty(_admin.Calls);
    }

    private sealed class EmptyCatalog : ISourceCatalog
    {
        public Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<SourceStatus>>([]);
    }

    /// <summary>Records what the command asked for; answers with what a test set.</summary>
    private sealed class InMemorySourceAdmin : ISourceAdmin
    {
        public List<string> Calls { get; } = [];

        public List<SourceAddRequest> Adds { get; } = [];

        public SourceAddResult? NextAdd { get; set; }

        public SourcePollResult? NextPoll { get; set; }

        public Task<SourceAddResult> AddAsync(SourceAddRequest request, CancellationToken ct)
        {
            Calls.Add("add");
            Adds.Add(request);
            return Task.FromResult(NextAdd ?? new SourceAddResult
            {
                Source = new SourceDefinition { Name = request.Name, Kind = SourceKind.Feed, Url = new Uri(request.Url), Interval = TimeSpan.FromMinutes(5), Stored = true },
                Found = "Found an RSS 2.0 feed.",
                Confirmation = $"Added {request.Name}.",
            });
        }

        public Task<SourceRemoveOutcome> RemoveAsync(string name, CancellationToken ct)
        {
            Calls.Add("remove");
            return Task.FromResult(SourceRemoveOutcome.Removed);
        }

        public Task<SourcePollResult?> PollNowAsync(string name, CancellationToken ct)
        {
            Calls.Add("poll");
            return Task.FromResult<SourcePollResult?>(NextPoll ?? new SourcePollResult { Name = name });
        }

        public Task<int> PollAllSoonAsync(CancellationToken ct)
        {
            Calls.Add("poll-all");
            return Task.FromResult(3);
        }
    }
}
