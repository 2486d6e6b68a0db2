using System.Text.RegularExpressions;
using Airspace.Core.Configuration;

namespace Airspace.Host.Configuration;

/// <summary>
/// Turns the configuration binder's "Failed to convert configuration value 'x' at 'Key' to type 'System.TimeSpan'"
/// into one sentence naming the key and the form it expects (an enum's values, a duration's forms).
/// </summary>
public static partial class ConfigurationErrorMessage
{
    /// <summary>The sentence for a binder failure, or null when <paramref name="error"/> is not one.</summary>
    public static string? Describe(Exception error)
    {
        if (error is not InvalidOperationException || BinderFailure().Match(error.Message) is not { Success: true } match)
        {
            return null;
        }

        var value = match.Groups["value"].Value;
        var key = match.Groups["key"].Value;
        var typeName = match.Groups["type"].Value;
        var type = FindType(typeName);
        if (type is not null && Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
        }

        var expected = type switch
        {
            _ when type == typeof(TimeSpan) => "which is not " + DurationParser.ExpectedForm,
            _ when type == typeof(bool) => "which is not true or false",
            _ when type == typeof(int) || type == typeof(long) => "which is not a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "which is not a number",
            _ when type == typeof(Uri) => "which is not a URL",
            { IsEnum: true } => "which is not one of " + string.Join(", ", Enum.GetNames(type)),
            _ => "which is not a valid " + (type?.Name ?? typeName),
        };
        return $"{key} is '{value}', {expected}.";
    }

    private static Type? FindType(string name) =>
        Type.GetType(name) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null);

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BinderFailure();
}
