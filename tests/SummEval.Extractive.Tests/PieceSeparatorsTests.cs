using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using SummEval.Text;
using Xunit;

namespace SummEval.Extractive.Tests;

// Clauses chosen from different places are joined with a comma the budget pays for: glued, two clauses read as one
// broken phrase (…最核心的内容是国家主权是惟一的…中国的国家主权属于全体中国人民国家主权是…).
public sealed class PieceSeparatorsTests
{
    private static readonly int[] Budgets = [20, 30, 60, 100];

    // Every stretch of the summary between two commas or sentence stops (full-width or ASCII: whole sentences keep
    // theirs) is one piece of the source, as written or without its Latin glosses (长短期记忆网络(LSTM), left out since stop 60).
    private static IEnumerable<string> Glued(string source, string summary) =>
        summary.Split(['，', '。', '；', '！', '？', ',', '.', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => !source.Contains(part, StringComparison.Ordinal) && !LatinGlosses.Without(source).Contains(part, StringComparison.Ordinal));

    private static List<string> Defects(IEnumerable<string> sources, TextRankOptions options)
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, options);
        var defects = new List<string>();
        foreach (var source in sources)
        {
            foreach (var budget in Budgets)
            {
                var summary = summarizer.Summarize(source, budget);
                Assert.True(TextLength.Chars(summary) <= budget, $"over {budget}: {summary}");
                defects.AddRange(Glued(source, summary).Select(part => $"{budget}: {part} in {summary}"));
            }
        }

        return defects;
    }

    [Fact]
    public void NoSampleSummaryGluesClausesFromDifferentPlaces()
    {
        var sample = CslData.Sample().Select(d => d.Source).ToList();
        Assert.Empty(Defects(sample, new TextRankOptions()));
        Assert.Empty(Defects(sample, new TextRankOptions { Unit = SelectionUnit.Clause }));

        // The check can fail: without separators the same summaries glue their clauses.
        Assert.NotEmpty(Defects(sample, new TextRankOptions { SeparatePieces = false }));
    }

    [SharedFact]
    public void NoMultiDomainSummaryGluesClausesFromDifferentPlaces()
    {
        var sources = CslData.Read("csl-md", "dev.jsonl").Select(d => d.Source);
        var defects = Defects(sources, new TextRankOptions());
        Assert.True(defects.Count == 0, string.Join("\n", defects));
    }

    [Fact]
    public void TheSeparatorIsPaidForOutOfTheBudget()
    {
        const string Source = "邓小平国家主权思想最核心的内容是：国家主权是惟一的和完整的，中国的国家主权属于全体中国人民。国家主权是人权得以实现的基本前提，" +
            "邓小平的国家主权思想对于维护国家统一具有重大意义。";
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Unit = SelectionUnit.Clause });
        var summary = summarizer.Summarize(Source, 60);
        Assert.Contains("，", summary);
        Assert.True(TextLength.Chars(summary) <= 60);
        Assert.Empty(Glued(Source, summary));
    }

    /// <summary>
    /// The opening sentence chosen whole ends on its stop, which separates it from the next piece (before: a fund's notice at 40,
    /// <c>投资有风险，入市需谨慎。，预期风险和预期收益高于债券型基金和货币市场基金</c>).
    /// </summary>
    [Fact]
    public void NoCommaFollowsAStop()
    {
        const string Source = "投资有风险，入市需谨慎。本基金为混合型基金，预期风险和预期收益高于债券型基金和货币市场基金，低于股票型基金。基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产。";
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40, 60 })
        {
            var summary = summarizer.Summarize(Source, budget);
            Assert.DoesNotMatch("[。！？][，,]", summary);
            Assert.Empty(Glued(Source, summary));
        }

        Assert.Equal("甲。乙，丙", SummEval.Extractive.Selection.BudgetedSelector.Join(["甲。", "乙", "丙"], [0, 1, 2], "，", 20));
    }

    /// <summary>
    /// CSL writes an ASCII full stop after Chinese text, and the opening sentence chosen whole keeps it (stop 59; before: md dev
    /// 0178 at 40, <c>1964年1月27日,中法宣布建交.，中法建交堪称…</c>). A full stop after a Latin letter or a digit may be an
    /// abbreviation's or a number's, and the comma still follows it.
    /// </summary>
    [Fact]
    public void NoCommaFollowsCslsFullStop()
    {
        const string Source = "1964年1月27日,中法宣布建交.国外新闻媒体称之为\"外交核爆炸\",西方震动、世界震动.中法建交堪称当代国际关系史上的精彩之笔,也是我在外交生涯中亲身经历的最为激动人心的事件.39年过去了,此情此景仍历历在目.";
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 30, 40, 60 })
        {
            Assert.DoesNotMatch("[^0-9A-Za-z]\\.[，,]", summarizer.Summarize(Source, budget));
        }

        Assert.Equal("甲.乙，丙", SummEval.Extractive.Selection.BudgetedSelector.Join(["甲.", "乙", "丙"], [0, 1, 2], "，", 20));
        Assert.Equal("et al.，乙", SummEval.Extractive.Selection.BudgetedSelector.Join(["et al.", "乙"], [0, 1], "，", 20));
    }

    [Fact]
    public void LatinTextGetsALatinComma()
    {
        const string Source = "Deep networks need large labelled sets, which are costly in medicine. " +
            "We propose a semi-supervised segmentation method for retinal images, trained with few labels. " +
            "Consistency between two augmented views regularises the unlabelled images, and a teacher model averages the weights. " +
            "On three public datasets the method matches fully supervised training with a tenth of the labels.";
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Unit = SelectionUnit.Clause });
        var summary = summarizer.Summarize(Source, 120);
        Assert.DoesNotContain("，", summary);
        Assert.Contains(", ", summary);
        Assert.True(TextLength.Chars(summary) <= 120);
        Assert.All(summary.Split(", "), part => Assert.Contains(part, Source, StringComparison.Ordinal));
    }
}
