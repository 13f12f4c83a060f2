using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// No textrank summary ends on a clause's first word alone when the source goes on with the clause (before:
/// <c>中国是世界领先的罗非鱼养殖、生产国,生产</c> on md dev, <c>构造一类新的带有定义集的线性码,应用</c> on CSL test, a shop review's
/// <c>…做工精细，穿着</c>, all at 20): the summary ends before the separator.
/// </summary>
public sealed class StubTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("宝贝收到了，质量很好，做工精细，穿着很舒服，尺码也标准，值得购买！", "宝贝收到了，质量很好，做工精细")]
    [InlineData(WebPages.ShopReview, "宝贝收到了，质量很好，做工精细")]
    public void ASummaryEndsBeforeAClausesFirstWordAlone(string source, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, 20));

    /// <summary>Before: …要求退货并赔偿损失。希望有关部门尽快处理，谢谢 at 40 (a complaint's last sentence ends on thanks).</summary>
    [Theory]
    [InlineData("本人购买的洗衣机漏水。希望有关部门尽快处理，谢谢！", 40, "本人购买的洗衣机漏水。希望有关部门尽快处理")]
    [InlineData("这个面霜用了一个月，效果很好，哈哈哈！", 40, "这个面霜用了一个月，效果很好")]
    public void ASummaryEndsBeforeAFiller(string source, int budget, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, budget));

    [Theory]
    [InlineData("质量很好，做工精细，值得。", "质量很好，做工精细，值得")] // the source's clause ends there
    [InlineData("质量很好，做工精细，穿着很舒服。", "质量很好，做工精细，穿着很舒服")] // more than a word of it
    public void AShortClauseTheSourceEndsStays(string source, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, 20));

    [SharedFact]
    public void NoSummaryOfTheSharedDataEndsOnAStub()
    {
        var failures = new List<string>();
        var sets = new[] { ("csl train", CslData.Read("csl", "train.jsonl")), ("csl test", CslData.Test()), ("md dev", CslData.Read("csl-md", "dev.jsonl")), ("sample", CslData.Sample()) };
        foreach (var (name, documents) in sets)
        {
            foreach (var document in documents)
            {
                var summary = Default.Summarize(document.Source, 20);
                var separator = summary.AsSpan().LastIndexOfAny(",，;；");
                var stub = separator > 0 ? summary[(separator + 1)..] : string.Empty;
                var source = document.Source.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (stub.Length is > 0 and <= 2 && stub.All(c => c is >= '\u3400' and <= '\u9FFF')
                    && System.Text.RegularExpressions.Regex.IsMatch(source, $"[,，;；]{stub}[\\p{{L}}\\p{{N}}]") && !System.Text.RegularExpressions.Regex.IsMatch(source, $"(?:^|[,，;；]){stub}(?:$|[^\\p{{L}}\\p{{N}}])"))
                {
                    failures.Add($"{name} {document.Id}: {summary}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} summaries end on a clause's first word alone:\n{string.Join('\n', failures.Take(30))}");
    }
}
