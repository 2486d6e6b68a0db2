using Airspace.Discord.Wire;

namespace Airspace.Discord.Interactions;

/// <summary>A handler's answer: a message, either new or replacing the message whose button was pressed.</summary>
internal sealed record InteractionReply(MessagePayload Message, bool UpdatesMessage = false);
