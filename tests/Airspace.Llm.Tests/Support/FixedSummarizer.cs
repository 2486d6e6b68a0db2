using Airspace.Core.Summaries;

namespace Airspace.Llm.Tests.Support;

/// <summary>A fallback that always answers the same, so tests can tell fallback from model output.</summary>
internal sealed class FixedSummarizer : ISummarizer
{
    public const string Text = "Ringkasan ekstraktif.";

    public string Version => "extractive-test";

    public Task<Summary> SummarizeAsync(SummaryInput input, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new Summary(Text, Version));
    }
}
