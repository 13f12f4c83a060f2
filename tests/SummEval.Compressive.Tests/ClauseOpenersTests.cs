using SummEval.Compressive.Features;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Compressive.Tests;

public sealed class ClauseOpenersTests(ITestOutputHelper output)
{
    // The subordinators no title of CSL train or multi-domain dev opens or ends on.
    private static readonly HashSet<string> Subordinators = ["由于", "因为", "随着", "为了", "鉴于", "虽然", "尽管", "如果", "即使"];

    /// <summary>
    /// The shipped model over the sample, CSL test and multi-domain dev: no summary opens on a subordinator or on a localizer
    /// before 的/基于, and none ends on a subordinator (10 did before the rule: 由于渡船检测…, 中的历史数据…, 下的船舶停留…).
    /// </summary>
    [SharedFact]
    public void NoShippedModelSummaryOpensOrEndsOnAClauseOpener()
    {
        var (count, failures) = ShippedModelSummaries.Check((_, summary) =>
        {
            var words = DocumentAnalyzer.Default.Analyze(summary).Words;
            return words.Count > 1 && (Subordinators.Contains(words[0].Text) || Subordinators.Contains(words[^1].Text)
                || (words[0].Flag is "f" && words[0].Text.Length == 1 && words[1].Text is "的" or "基于"));
        });

        output.WriteLine($"{count} summaries checked");
        Assert.True(failures.Count == 0, $"{failures.Count} summaries open or end on a clause opener:\n{string.Join('\n', failures.Take(30))}");
    }
}
