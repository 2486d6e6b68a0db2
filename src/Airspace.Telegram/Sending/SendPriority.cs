namespace Airspace.Telegram.Sending;

/// <summary>Who gets the next slot of the bot's global send budget when several wait: a person waiting for an answer first.</summary>
internal enum SendPriority
{
    /// <summary>A command reply or a search page: someone is waiting for it.</summary>
    Reply = 0,

    /// <summary>An article alert or its edit: it can wait behind replies.</summary>
    Alert = 1,
}
