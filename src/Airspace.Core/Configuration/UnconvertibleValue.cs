using System.ComponentModel;
using System.Reflection;

namespace Airspace.Core.Configuration;

/// <summary>
/// A configured value the binder cannot convert to its property's type, found by walking the section against the
/// options type with the converters the binder uses (<see cref="TypeDescriptor"/>, so <see cref="DurationConverter"/>
/// too): the key and the form it expects come from types, not from the binder's exception text.
/// </summary>
public sealed record UnconvertibleValue(string Key, string Value, Type Type)
{
    /// <summary>One sentence naming the key and the form it expects (an enum's values, a duration's forms).</summary>
    public string Sentence => $"{Key} is '{Value}', {Expected(Type)}.";

    /// <summary>The first value under <paramref name="section"/> that does not convert to its place in <paramref name="type"/>, or null.</summary>
    public static UnconvertibleValue? Find(IConfiguration section, Type type)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(type);
        return FindInObject(section, type);
    }

    private static UnconvertibleValue? FindInObject(IConfiguration section, Type type)
    {
        foreach (var child in section.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is not null && Check(child, property.PropertyType) is { } bad)
            {
                return bad;
            }
        }

        return null;
    }

    private static UnconvertibleValue? Check(IConfigurationSection section, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(object))
        {
            return null;
        }

        if (section.Value is { } value && !section.GetChildren().Any())
        {
            var converter = TypeDescriptor.GetConverter(type);
            if (!converter.CanConvertFrom(typeof(string)))
            {
                return null;
            }

            try
            {
                _ = converter.ConvertFromInvariantString(value);
                return null;
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or NotSupportedException)
            {
                return new UnconvertibleValue(section.Path, value, type);
            }
        }

        // The binder skips an element of a list or dictionary that does not convert (it never fails on one), so
        // looking there could name a key that is not the one it failed on.
        if (IsCollection(type))
        {
            return null;
        }

        return FindInObject(section, type);
    }

    private static bool IsCollection(Type type) =>
        type.IsArray || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(TimeSpan) => "which is not " + DurationParser.ExpectedForm,
        _ when type == typeof(bool) => "which is not true or false",
        _ when type == typeof(int) || type == typeof(long) => "which is not a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "which is not a number",
        _ when type == typeof(Uri) => "which is not a URL",
        { IsEnum: true } => "which is not one of " + string.Join(", ", Enum.GetNames(type)),
        _ => "which is not a valid " + type.Name,
    };
}
