using Airspace.Discord.Transport.Rest;
using Airspace.Discord.Tests.Support;

namespace Airspace.Discord.Tests.Rest;

/// <summary>5xx and network retries of repeatable requests (RetryPipelines over Backoff), against the fake.</summary>
public sealed class RestRetryTests
{
    private const string Path = "/applications/@me";

    [Fact]
    public async Task SendAsync_ServerErrorEveryTime_ReturnsServerErrorOnTheThirdFailure()
    {
        await using var harness = await DiscordHarness.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            harness.Fake.Script("GET", Path, 503, null);
        }

        var result = await harness.Get<DiscordRestClient>().SendAsync(new RestRequest(RestRoute.GetApplication()), default);

        Assert.Equal(RestResultKind.ServerError, result.Kind);
        Assert.Equal(3, harness.Fake.Requests.Count(r => r.Path == Path));
        Assert.Equal(2, Eventually.Count(harness.Logs.All, "after back-off"));
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsBetweenServerErrors_DoesNotUseUpAnAttempt()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script("GET", Path, 503, null);
        harness.Fake.Script429("GET", Path, 0.1);
        harness.Fake.Script("GET", Path, 503, null);

        var result = await harness.Get<DiscordRestClient>().SendAsync(new RestRequest(RestRoute.GetApplication()), default);

        // Two failures and a wait Discord asked for: the fourth request is made and answers.
        Assert.True(result.IsSuccess, result.Describe());
        Assert.Equal(4, harness.Fake.Requests.Count(r => r.Path == Path));
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnARequestThatMustNotRepeat_ReturnedAtOnce()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script("GET", Path, 503, null);

        var result = await harness.Get<DiscordRestClient>().SendAsync(new RestRequest(RestRoute.GetApplication()) { RetryServerErrors = false }, default);

        Assert.Equal(RestResultKind.ServerError, result.Kind);
        Assert.Single(harness.Fake.Requests, r => r.Path == Path);
    }
}
