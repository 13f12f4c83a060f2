using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A condition (<c>…未按期足额缴纳出资的，</c>) or an exception (<c>除…外，</c>) is no summary's piece (stop 63's statute and insurance
/// probes; before: <c>下列原因造成被保险人身故或伤残的</c> at 20, <c>…五年内缴足，股东未按期足额缴纳出资的</c> at 40).
/// </summary>
public sealed class ConditionClausesTests
{
    [Theory]
    [InlineData("股东未按期足额缴纳出资的", "的", true)]
    [InlineData("适用于导引头伺服系统调试阶段的", "的", true)] // md dev 0810
    [InlineData("除应当向公司足额缴纳外", "外", true)]
    [InlineData("除对照组以外", "以外", true)]
    [InlineData("CESM对亚洲夏季风降水的模拟是合理的", "的", false)] // a statement with its copula
    [InlineData("达到检测硬件木马芯片的目的", "目的", false)] // a noun that ends in 的
    [InlineData("除草剂的残留量较高", "较高", false)]
    public void AConditionEndsOnDeOrIsAnException(string clause, string lastToken, bool condition) =>
        Assert.Equal(condition, ConditionClauses.IsCondition(clause, lastToken));

    [Theory]
    [InlineData("公司法修订后，股东认缴的出资额应当自公司成立之日起五年内缴足。股东未按期足额缴纳出资的，除应当向公司足额缴纳外，还应当对给公司造成的损失承担赔偿责任。"
        + "公司不能清偿到期债务的，公司或者已到期债权的债权人有权要求已认缴出资但未届出资期限的股东提前缴纳出资。")]
    [InlineData("下列原因造成被保险人身故或伤残的，保险人不承担给付保险金责任：（一）投保人对被保险人的故意杀害、故意伤害；（二）被保险人故意犯罪或者抗拒依法采取的刑事强制措施；"
        + "（三）被保险人酒后驾驶、无合法有效驾驶证驾驶，或驾驶无有效行驶证的机动车。发生上述情形的，本合同终止，保险人向投保人退还未满期净保费。")]
    public void AStatuteIsNotSummarizedByItsConditions(string source)
    {
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            foreach (var piece in summary.Split('，', '。', '；'))
            {
                Assert.False(piece.EndsWith('的') && !piece.Contains('是', StringComparison.Ordinal), $"{budget}: {summary}");
                Assert.False(piece.StartsWith('除') && piece.EndsWith('外'), $"{budget}: {summary}");
            }
        }
    }

    [Fact]
    public void ATextOfConditionsAloneIsStillSummarized() =>
        Assert.NotEqual(string.Empty, new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions()).Summarize("违反本规定的，", 20));
}
