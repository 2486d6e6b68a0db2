using System.ComponentModel;
using System.Globalization;

namespace Airspace.Core.Configuration;

/// <summary>
/// The <see cref="TimeSpan"/> converter the configuration binder uses once <see cref="Register"/> has run, so every
/// <c>TimeSpan</c> setting accepts <see cref="DurationParser"/>'s forms (<c>00:05:00</c>, <c>5m</c>, <c>1h30m</c>).
/// </summary>
public sealed class DurationConverter : TimeSpanConverter
{
    private static int _registered;

    /// <summary>Makes the binder (which asks <see cref="TypeDescriptor"/>) use this converter; idempotent.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            TypeDescriptor.AddAttributes(typeof(TimeSpan), new TypeConverterAttribute(typeof(DurationConverter)));
        }
    }

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? DurationParser.Parse(text) : base.ConvertFrom(context, culture, value);
}
