using Airspace.Telegram.Sending;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Telegram.Tests.Sending;

public sealed class ChatPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TelegramOptions _options = new() { PrivateChatInterval = TimeSpan.FromSeconds(1), GroupChatInterval = TimeSpan.FromSeconds(3) };

    [Fact]
    public void TryReserveChat_ThreeBackToBackToPrivateChat_SpacedOneIntervalApart()
    {
        var pacer = new ChatPacer(Options.Create(_options), _time);

        var waits = Enumerable.Range(0, 3).Select(_ => Reserve(pacer, 42)).ToArray();

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
    }

    [Fact]
    public void TryReserveChat_Group_SpacedByGroupIntervalAndOtherChatsUnaffected()
    {
        var pacer = new ChatPacer(Options.Create(_options), _time);

        var group = new[] { Reserve(pacer, -1001), Reserve(pacer, -1001) };
        var other = Reserve(pacer, 42);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(3)], group);
        Assert.Equal(TimeSpan.Zero, other);
    }

    [Fact]
    public void TryReserveChat_TurnFurtherThanMaxWait_ReservesNothing()
    {
        var pacer = new ChatPacer(Options.Create(_options), _time);
        Reserve(pacer, -1001);

        var reserved = pacer.TryReserveChat(-1001, TimeSpan.FromSeconds(2), out var wait);

        Assert.False(reserved);
        Assert.Equal(TimeSpan.FromSeconds(3), wait);
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, Reserve(pacer, -1001));
    }

    [Fact]
    public void Penalize_After429_ChatWaitsForRetryAfter()
    {
        var pacer = new ChatPacer(Options.Create(_options), _time);
        Reserve(pacer, 42);

        pacer.Penalize(42, TimeSpan.FromSeconds(9));

        Assert.Equal(TimeSpan.FromSeconds(9), Reserve(pacer, 42));
    }

    private static TimeSpan Reserve(ChatPacer pacer, long chatId)
    {
        Assert.True(pacer.TryReserveChat(chatId, TimeSpan.FromMinutes(1), out var wait));
        return wait;
    }
}
