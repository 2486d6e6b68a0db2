using System.Globalization;
using System.Text;
using Airspace.Feeds.Parsing;
using Xunit.Abstractions;

namespace Airspace.Feeds.Tests.Conformance;

/// <summary>
/// Every feedparser conformance file through <see cref="FeedParser"/>, each Expect line mapped onto our contract by
/// <see cref="ExpectationEvaluator"/>. The pass rate per family is written to conformance-report.txt beside the tests.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private const double RequiredPassRate = 0.95;

    [Fact]
    public void Parse_ConformanceCorpus_PassesAtLeast95PercentOfMappableExpectationsPerFamily()
    {
        var results = ConformanceCase.All().Select(Run).ToList();
        Assert.True(results.Count > 400, $"expected the whole corpus, found {results.Count} files");

        var report = new StringBuilder();
        foreach (var family in results.GroupBy(r => r.Case.Family))
        {
            var mappable = family.Where(r => r.Passed is not null).ToList();
            var passed = mappable.Count(r => r.Passed == true);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{family.Key}: {passed} of {mappable.Count} mappable passed ({(double)passed / Math.Max(1, mappable.Count):P1}), {family.Count() - mappable.Count} unmappable");
            report.AppendLine(line);
            foreach (var failure in mappable.Where(r => r.Passed == false))
            {
                report.AppendLine($"  FAIL {failure.Case.Name}: {failure.Case.Expect}{(failure.Error is null ? "" : " — rejected: " + failure.Error)}");
            }
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "conformance-report.txt"), report.ToString());
        output.WriteLine(report.ToString());
        foreach (var family in results.GroupBy(r => r.Case.Family))
        {
            var mappable = family.Where(r => r.Passed is not null).ToList();
            Assert.True(mappable.Count > 0);
            Assert.True(mappable.Count(r => r.Passed == true) >= RequiredPassRate * mappable.Count, report.ToString());
        }
    }

    [Fact]
    public void Parse_EveryConformanceFile_EitherParsesOrIsRefusedWithAReason()
    {
        foreach (var file in ConformanceCase.All())
        {
            try
            {
                FeedParser.Parse(File.ReadAllBytes(file.Path), new Uri("http://example.test/feed.xml"));
            }
            catch (FeedFormatException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message), file.Name);
                Assert.DoesNotContain('\n', ex.Message);
            }
        }
    }

    private static Result Run(ConformanceCase file)
    {
        ParsedFeed? feed = null;
        string? error = null;
        try
        {
            // feedparser's tests run with no document URL: links resolve only against xml:base.
            feed = FeedParser.Parse(File.ReadAllBytes(file.Path), null);
        }
        catch (FeedFormatException ex)
        {
            error = ex.Message;
        }

        return new Result(file, ExpectationEvaluator.Evaluate(file.Expect, feed, file.Name), error);
    }

    private sealed record Result(ConformanceCase Case, bool? Passed, string? Error);
}
