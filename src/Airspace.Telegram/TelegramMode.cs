namespace Airspace.Telegram;

/// <summary>How updates (commands, button presses, inline queries) reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>Long polling with getUpdates: works behind NAT, needs no public URL.</summary>
    Polling,

    /// <summary>Telegram POSTs updates to <see cref="TelegramOptions.WebhookUrl"/>; needs the HTTP listener.</summary>
    Webhook,
}
