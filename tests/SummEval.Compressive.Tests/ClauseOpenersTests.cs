using SummEval.Compressive.Features;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Compressive.Tests;

public sealed class ClauseOpenersTests(ITestOutputHelper output)
{
    // The subordinators and sentence connectives no title of CSL train or multi-domain dev opens or ends on.
    private static readonly HashSet<string> Subordinators = ["由于", "因为", "随着", "为了", "鉴于", "虽然", "尽管", "如果", "即使",
        "然而", "总之", "因此", "所以", "于是", "换言之", "事实上", "综上所述"];

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

    /// <summary>
    /// A sentence's connective leans on the sentence before it, as a subordinator does (stop 58; before: 总之，本研究社区干预降低老年人跌倒发生率
    /// at 20, 因此,在火炮设计时… at 40 on CSL train 0021).
    /// </summary>
    [Theory]
    [InlineData("总之，本研究表明，社区干预能够有效降低老年人跌倒发生率，值得在基层推广应用。", "总之")]
    [InlineData("然而，现有的深度学习方法在小样本条件下的泛化能力仍然不足。本文提出一种基于元学习的小样本图像分类方法。", "然而")]
    [InlineData("因此，在火炮设计时可以考虑采用较高的等离子体射流功率来实现对弹丸出口速度的增加。", "因此")]
    public void NoSummaryOpensOnASentencesConnective(string source, string connective)
    {
        var summarizer = new CompressiveSummarizer(Model.DefaultModel.LoadShipped(), DocumentAnalyzer.Default, Jieba.Keywords.TfidfKeywordExtractor.Default.Idf);
        foreach (var budget in new[] { 12, 20, 30, 40, 60 })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.False(summary.StartsWith(connective, StringComparison.Ordinal), $"{budget}: {summary}");
        }
    }
}
