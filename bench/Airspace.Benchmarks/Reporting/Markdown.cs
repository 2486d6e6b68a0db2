using System.Globalization;
using Airspace.Benchmarks.Rouge;

namespace Airspace.Benchmarks.Reporting;

/// <summary>Number formatting shared by the report.</summary>
public static class Markdown
{
    public static string Pct(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture);

    public static string F(double value, int digits = 2) => value.ToString("F" + digits, CultureInfo.InvariantCulture);

    public static string Rouge(RougeScore s) => $"{Pct(s.Rouge1)} | {Pct(s.Rouge2)} | {Pct(s.RougeL)}";

    public static string Signed(double value) => (value >= 0 ? "+" : "") + F(value);

    public static string Mb(long bytes) => F(bytes / (1024.0 * 1024), 0) + " MB";
}
