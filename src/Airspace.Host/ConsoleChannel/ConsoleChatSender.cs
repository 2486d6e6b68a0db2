using System.Globalization;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Host.ConsoleChannel;

/// <summary>The console channel: alerts printed to stdout. Always available, so a bot with no platform still shows its work.</summary>
public sealed class ConsoleChatSender(ConsoleOutput output, IOptions<ChatLanguageOptions> chat) : IChatSender
{
    public string Platform => ChannelAddress.Console;

    public Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        using (ChatLanguage.UseFor(post, chat.Value))
        {
            output.Write(post.Kind == DeliveryKind.Digest ? ConsoleDigestRenderer.Render(post) : ConsoleRenderer.RenderPost(post));
        }

        var id = post.Kind == DeliveryKind.Edit && post.MessageId is not null
            ? post.MessageId
            : "console-" + post.DeliveryId.Value.ToString(CultureInfo.InvariantCulture);
        return Task.FromResult<SendOutcome>(new SendOutcome.Delivered(id));
    }
}
