using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;

namespace Airspace.Core.Tests.Commands;

public sealed class CommandRouterTests
{
    private static readonly CommandContext Anyone = new() { Channel = ChannelAddress.ForTelegram(5) };

    private sealed class EchoCommand : IChatCommand
    {
        public CommandDeclaration Declaration { get; } = new()
        {
            Name = "echo",
            Description = new("echo.description", "Echoes"),
            Parameters = [new CommandParameter { Name = "text", Type = ParameterType.Text, Description = new("echo.text", "What to echo") }],
        };

        public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct) =>
            Task.FromResult(Reply.Info($"[{arguments.Text("text")}]"));
    }

    [Theory]
    [InlineData("/echo hello world", "[hello world]")]
    [InlineData("echo   spaced  ", "[spaced]")]
    [InlineData("/ECHO Su-57", "[Su-57]")]
    [InlineData("/echo", "[]")]
    public async Task HandleAsync_KnownCommand_PassesTrimmedArguments(string input, string expected)
    {
        var router = new CommandRouter([new EchoCommand()]);

        var reply = await router.HandleAsync(Anyone, input, default);

        Assert.Equal(expected, reply.Text);
    }

    [Theory]
    [InlineData("/nope", "Unknown command /nope")]
    [InlineData("/", "not a command")]
    [InlineData("/<script>", "not a command")]
    public async Task HandleAsync_UnknownOrMalformed_RepliesWithError(string input, string expected)
    {
        var router = new CommandRouter([new EchoCommand()]);

        var reply = await router.HandleAsync(Anyone, input, default);

        Assert.True(reply.IsError);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Help_ListsEveryCommandWithUsage()
    {
        var router = new CommandRouter([new EchoCommand()]);

        var reply = await router.HandleAsync(Anyone, "/help", default);

        Assert.Contains("/help", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/echo [text] — Echoes", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["help", "echo"], router.Commands.Select(c => c.Declaration.Name));
    }

    [Fact]
    public async Task HandleAsync_HugeInput_IsCutAndStillAnswered()
    {
        var router = new CommandRouter([new EchoCommand()]);

        var reply = await router.HandleAsync(Anyone, "/echo " + new string('x', 100_000), default);

        Assert.True(reply.Text.Length <= CommandRouter.MaxInputLength + 2);
    }

    [Theory]
    [InlineData("F-16 Su-57", new[] { "F-16", "Su-57" })]
    [InlineData("\"kerja sama\", drone", new[] { "kerja sama", "drone" })]
    [InlineData("“KF-21 Boramae”", new[] { "KF-21 Boramae" })]
    [InlineData("  ", new string[0])]
    public void ArgumentSplitter_Split_KeepsQuotedPhrases(string input, string[] expected)
    {
        Assert.Equal(expected, ArgumentSplitter.Split(input));
    }
}
