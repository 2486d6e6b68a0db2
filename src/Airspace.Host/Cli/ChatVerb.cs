using System.CommandLine;
using System.Globalization;
using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;

namespace Airspace.Host.Cli;

/// <summary>
/// A verb that runs a chat command through the same handlers the platforms use, as the local operator, and prints
/// the reply. The verb is built from the command's declaration: text parameters are arguments (their words joined),
/// numbers are options (<c>--count</c>, <c>-n</c>, <c>--page</c>).
/// </summary>
internal static class ChatVerb
{
    public static Command Create(CommandDeclaration declaration, string description)
    {
        var command = new Command(declaration.Name, description);
        var readers = new List<Func<ParseResult, KeyValuePair<string, object?>>>();
        var ranges = new List<Func<ParseResult, string?>>();
        foreach (var parameter in declaration.Parameters)
        {
            if (parameter.Type is ParameterType.Integer or ParameterType.Page)
            {
                var option = new Option<int?>("--" + parameter.Name, parameter.ShortAlias is { } alias ? [alias] : []) { Description = parameter.DescribeRange() };
                command.Options.Add(option);
                readers.Add(parse => new(parameter.Name, parse.GetValue(option)));
                if (parameter.Type is ParameterType.Integer)
                {
                    ranges.Add(parse => OutOfRange(parse, option, parameter));
                }
            }
            else
            {
                var argument = new Argument<string[]>(parameter.Name)
                {
                    Description = parameter.Description.English,
                    Arity = parameter.Required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
                };
                command.Arguments.Add(argument);
                readers.Add(parse => new(parameter.Name, string.Join(' ', parse.GetValue(argument) ?? [])));
            }
        }

        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            // On the command line a bad number is a usage error of the option, not the chat command's usage line.
            if (ranges.Select(check => check(parse)).FirstOrDefault(error => error is not null) is { } rangeError)
            {
                await Console.Error.WriteLineAsync("error: " + rangeError).ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            await using var services = CliServices.Build(parse);
            var values = readers.Select(read => read(parse)).ToDictionary(StringComparer.OrdinalIgnoreCase);
            return await RunAsync(services, declaration.Name, values, ct).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>"-n must be between 1 and 10.", naming the option as it was typed; null when the value is in range or absent.</summary>
    private static string? OutOfRange(ParseResult parse, Option<int?> option, CommandParameter parameter)
    {
        var value = parse.GetValue(option);
        if (value is not { } n || (n >= (parameter.Minimum ?? int.MinValue) && n <= (parameter.Maximum ?? int.MaxValue)))
        {
            return null;
        }

        var typed = parse.GetResult(option)?.IdentifierToken?.Value ?? option.Name;
        return string.Create(CultureInfo.InvariantCulture, $"{typed} must be between {parameter.Minimum} and {parameter.Maximum}.");
    }

    public static async Task<int> RunAsync(IServiceProvider services, string name, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        await IndexCatchUp.TryAsync(services, ct).ConfigureAwait(false);
        var context = new CommandContext
        {
            Channel = ChannelAddress.ConsoleChannel,
            CanManageSubscriptions = true,
            IsOperator = true,
        };
        // The console's language: Airspace:Chat:Language.
        using var language = ChatLanguage.Use(services.GetRequiredService<IOptions<ChatLanguageOptions>>().Value.Language);
        var reply = await services.GetRequiredService<CommandRouter>().HandleValuesAsync(context, name, values, ct).ConfigureAwait(false);
        Console.Out.Write(ConsoleRenderer.RenderReply(reply));
        return reply.IsError ? ExitCodes.InputError : ExitCodes.Ok;
    }
}
