using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// No textrank summary ends on the start of a clause alone (a word, since stop 60 up to four Han characters) when the source
/// goes on with the clause (before:
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

    /// <summary>
    /// Stop 60: a stub of more than one word goes too (md dev at 20: <c>褥疮是长期卧床患者的常见并发症,其发病</c>,
    /// <c>…配制而成,是柑桔</c>, <c>…,大家通常</c>); before, only a clause's first word alone did.
    /// </summary>
    [Theory]
    [InlineData("@所有人 明天上午9点在二楼会议室开周例会，请大家准时参加，带上本周工作进展。", 20, "明天上午9点在二楼会议室开周例会")]
    [InlineData("2026年前三季度，全国规模以上工业企业实现利润总额5.2万亿元，同比增长6.8%。其中，采矿业实现利润总额9000亿元，同比下降12.5%；制造业实现利润总额4.0万亿元，同比增长10.2%。", 40, "2026年前三季度，全国规模以上工业企业实现利润总额5.2万亿元")]
    [InlineData("行政院今天通過「電動車補助方案」，明年起購買電動機車最高可獲補助新臺幣1萬元。經濟部表示，此舉可望帶動國內電動車產業發展，並減少碳排放。", 20, "行政院今天通過「電動車補助方案」")]
    public void ASummaryEndsBeforeAStubOfSeveralWords(string source, int budget, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, budget));

    /// <summary>Before: …要求退货并赔偿损失。希望有关部门尽快处理，谢谢 at 40 (a complaint's last sentence ends on thanks).</summary>
    [Theory]
    [InlineData("本人购买的洗衣机漏水。希望有关部门尽快处理，谢谢！", 40, "本人购买的洗衣机漏水。希望有关部门尽快处理")]
    [InlineData("这个面霜用了一个月，效果很好，哈哈哈！", 40, "这个面霜用了一个月，效果很好")]
    public void ASummaryEndsBeforeAFiller(string source, int budget, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, budget));

    /// <summary>
    /// Stop 59: a court's judgment at 40 gave <c>…物业服务合同纠纷一案，本院，应承担相应的赔偿责任</c>: the opening sentence cut one
    /// word into its second clause (<c>本院|于…立案后</c>), and a piece joined after it. The stub goes with its separator.
    /// </summary>
    [Fact]
    public void AStubBeforeAnotherPieceGoesToo()
    {
        var summary = Default.Summarize(Judgment, 40);
        Assert.DoesNotContain("本院，", summary, StringComparison.Ordinal);
        Assert.StartsWith("原告张某与被告某物业服务有限公司物业服务合同纠纷一案，", summary, StringComparison.Ordinal);
        Assert.True(summary.Length > "原告张某与被告某物业服务有限公司物业服务合同纠纷一案，".Length, summary);
    }

    private const string Judgment =
        "原告张某与被告某物业服务有限公司物业服务合同纠纷一案，本院于2026年5月10日立案后，依法适用简易程序，公开开庭进行了审理。"
        + "原告诉称，被告未尽到安全保障义务，导致原告停放在小区内的车辆被高空坠物砸损，请求判令被告赔偿维修费用18600元。"
        + "被告辩称，坠物系业主私自搭建的雨棚脱落所致，被告已尽到合理的巡查和提示义务，不应承担赔偿责任。"
        + "本院认为，物业服务企业应当对物业服务区域内的共用部位进行维护和管理，被告未能及时发现并排除雨棚的安全隐患，存在过错，应承担相应的赔偿责任。"
        + "判决如下：被告于本判决生效之日起十日内赔偿原告维修费用11160元。";

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
            foreach (var (document, budget) in documents.SelectMany(d => new[] { (d, 20), (d, 40) }))
            {
                var summary = Default.Summarize(document.Source, budget);
                var separator = summary.AsSpan().LastIndexOfAny(",，;；");
                var stub = separator > 0 ? summary[(separator + 1)..] : string.Empty;
                var source = document.Source.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (stub.Length is > 0 and <= 4 && stub.All(c => c is >= '\u3400' and <= '\u9FFF')
                    && System.Text.RegularExpressions.Regex.IsMatch(source, $"[,，;；]{stub}[\\p{{L}}\\p{{N}}]") && !System.Text.RegularExpressions.Regex.IsMatch(source, $"(?:^|[,，;；]){stub}(?:$|[^\\p{{L}}\\p{{N}}])"))
                {
                    failures.Add($"{name} {document.Id} at {budget}: {summary}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} summaries end on the start of a clause alone:\n{string.Join('\n', failures.Take(30))}");
    }
}
