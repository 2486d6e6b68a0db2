using System.Text.Json.Nodes;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>A chat whose sendMessage calls hang until released: a slow or stuck Telegram connection for that chat.</summary>
public sealed partial class FakeBotApi
{
    private readonly Dictionary<long, TaskCompletionSource> _holds = [];
    private int _heldSends;

    /// <summary>sendMessage calls that are hanging (or hung) on a hold so far.</summary>
    public int HeldSends
    {
        get
        {
            lock (_gate)
            {
                return _heldSends;
            }
        }
    }

    /// <summary>From now on, sendMessage to <paramref name="chatId"/> hangs until <see cref="ReleaseSends"/>.</summary>
    public void HoldSends(long chatId)
    {
        lock (_gate)
        {
            _holds[chatId] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void ReleaseSends(long chatId)
    {
        lock (_gate)
        {
            if (_holds.Remove(chatId, out var hold))
            {
                hold.TrySetResult();
            }
        }
    }

    /// <summary>The hold the call waits for first, if it is a sendMessage to a held chat.</summary>
    private Task? HoldFor(string method, JsonObject body)
    {
        lock (_gate)
        {
            if (method != "sendmessage" || body["chat_id"] is not JsonValue id || !id.TryGetValue<long>(out var chatId) || !_holds.TryGetValue(chatId, out var hold))
            {
                return null;
            }

            _heldSends++;
            return hold.Task;
        }
    }
}
