namespace Airspace.Discord.Transport.Wire;

/// <summary>A CHAT_INPUT (type 1) command as sent to the bulk-overwrite endpoint.</summary>
internal sealed record ApplicationCommand
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>The description in other languages, by Discord locale (<c>id</c>).</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public int Type => 1;
    public IReadOnlyList<CommandOption>? Options { get; init; }
    /// <summary>A permission bitfield as a decimal string; members without it do not see the command.</summary>
    public string? DefaultMemberPermissions { get; init; }
    /// <summary>0 = guild, 1 = bot DM, 2 = private channel.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}

internal sealed record CommandOption
{
    public const int String = 3;
    public const int Integer = 4;

    public required int Type { get; init; }
    public required string Name { get; init; }
    /// <summary>The name shown in other languages (interactions still carry <see cref="Name"/>).</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public required string Description { get; init; }
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public bool? Required { get; init; }
    public bool? Autocomplete { get; init; }
    public int? MinValue { get; init; }
    public int? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>The only values allowed (a choice parameter); at most 25.</summary>
    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
}
