namespace Airspace.Discord.Commands;

/// <summary>A handler's answer: a message, either new or replacing the message whose button was pressed.</summary>
internal sealed record InteractionReply(MessagePayload Message, bool UpdatesMessage = false);
