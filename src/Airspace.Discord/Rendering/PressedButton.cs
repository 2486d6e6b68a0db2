namespace Airspace.Discord.Rendering;

/// <summary>A paging button pressed: its command, the page it asks for, and the query (null when its key expired).</summary>
internal sealed record PressedButton(string Command, int Page, string? Query);
