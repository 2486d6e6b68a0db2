namespace Airspace.Core.Commands;

/// <summary>
/// One typed parameter of a chat command, declared once: Discord's options, Telegram's argument grammar, help, the
/// console and the CLI verbs are all built from it (docs/commands.md).
/// </summary>
public sealed record CommandParameter
{
    /// <summary>Lower-case wire name: the Discord option, the CLI <c>--name</c>, the key in <see cref="CommandArguments"/>.</summary>
    public required string Name { get; init; }

    public required ParameterType Type { get; init; }

    /// <summary>One line for Discord's option list and the CLI help.</summary>
    public required LocalText Description { get; init; }

    public bool Required { get; init; }

    /// <summary>
    /// Whether chat text supplies it (in declaration order; the last positional parameter takes the rest of the text).
    /// A named-only parameter comes from a Discord option, a CLI option or a paging button.
    /// </summary>
    public bool Positional { get; init; } = true;

    /// <summary>
    /// Chat text gives it as <c>name=value</c> words anywhere in the text (repeatable; a <see cref="ParameterType.Words"/>
    /// value also takes commas: <c>source=antara,inbox</c>). Such a parameter is not <see cref="Positional"/>.
    /// </summary>
    public bool Keyed { get; init; }

    /// <summary>What help shows between the brackets (<c>[n]</c>, <c>&lt;article id or URL&gt;</c>); the name when null.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Short CLI alias (<c>-n</c>), if any.</summary>
    public string? ShortAlias { get; init; }

    public int? Minimum { get; init; }

    public int? Maximum { get; init; }

    /// <summary>The value used when none is given (shown in Discord's and the CLI's descriptions).</summary>
    public int? Default { get; init; }

    /// <summary>Longest value a platform's input box accepts (Discord's max_length).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Discord suggests values while typing.</summary>
    public bool Autocomplete { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// The resource key prefix of the choices' names (<c>language</c>: <c>language.id</c> names the choice <c>id</c>,
    /// in each language); null shows the values themselves.
    /// </summary>
    public string? ChoiceNames { get; init; }

    /// <summary>The name of <paramref name="choice"/> in the current chat language.</summary>
    public string ChoiceName(string choice) => ChoiceNames is null ? choice : ChatText.Get(ChoiceNames + "." + choice);

    /// <summary>
    /// The value is how many items the reply carries (one Discord embed each): a platform caps <see cref="Maximum"/>
    /// at what one message holds there (Discord: 10 embeds).
    /// </summary>
    public bool CountsReplyItems { get; init; }

    /// <summary>Only the operator's command line offers it (<c>search --limit</c>); chat platforms neither show nor bind it.</summary>
    public bool CommandLineOnly { get; init; }

    /// <summary>The usage fragment for help: <c>&lt;query&gt;</c> when required, <c>[n]</c> otherwise.</summary>
    public string Usage => Keyed
        ? $"[{Name}={Placeholder ?? Name}]"
        : Required ? $"<{Placeholder ?? Name}>" : $"[{Placeholder ?? Name}]";

    /// <summary>The description, in the current chat language, with the range and default of a number ("How many articles (1–10, default 5)").</summary>
    public string DescribeRange(int? maximum = null) =>
        Type is ParameterType.Integer or ParameterType.Page && Default is { } fallback
            ? ChatText.Format("parameter.range", Description.Text, Minimum, maximum ?? Maximum, fallback)
            : Description.Text;

    /// <summary>The largest value on a platform whose messages hold at most <paramref name="itemsPerMessage"/> items.</summary>
    public int? MaximumFor(int itemsPerMessage) =>
        CountsReplyItems && Maximum is { } max ? Math.Min(max, itemsPerMessage) : Maximum;
}
