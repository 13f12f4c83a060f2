using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A cut never ends on <c>在</c> and its place when no verb follows them and the source goes on (stop 64's probes: a
/// regulator's notice gave <c>近日，市场监管总局发布通知，决定在全国</c> at 20, of <c>…决定在全国范围内开展…专项整治</c>, and a science
/// story <c>近日，中国科学院的研究团队在《自然》杂志</c>): a place with nothing that happened there.
/// </summary>
public sealed class LocativeCutTests
{
    private static readonly WellFormedCutRules WithoutLocalizers = WellFormedCutRules.All & ~WellFormedCutRules.Localizers;

    [Fact]
    public void ACutBacksOffAPlaceWithoutItsVerb()
    {
        // Token ends of 研究|团队|在|杂志|发表|论文: after 杂志 the cut backs off to before 在; after 发表 the verb is there.
        Assert.Equal(2, WellFormedCut.Count("研究团队在杂志发表论文", [2, 4, 5, 7, 9, 11], 4));
        Assert.Equal(4, WellFormedCut.Count("研究团队在杂志发表论文", [2, 4, 5, 7, 9, 11], 4, WithoutLocalizers));
        Assert.Equal(5, WellFormedCut.Count("研究团队在杂志发表论文", [2, 4, 5, 7, 9, 11], 5));

        // A title mark inside the place is no end of it (在《自然》杂志|发表).
        Assert.Equal(2, WellFormedCut.Count("研究团队在《自然》杂志发表论文", [2, 4, 5, 6, 8, 9, 11, 13, 15], 7));
    }

    [Fact]
    public void AClosedFrameOrAClausesEndStays()
    {
        // 变换|在|图像|融合|中|具有: a frame its localizer closes carries the topic (round 10).
        Assert.Equal(5, WellFormedCut.Count("变换在图像融合中具有", [2, 3, 5, 7, 8, 10], 5));

        // 会议|在|北京|，|…: the place ends its clause.
        Assert.Equal(3, WellFormedCut.Count("会议在北京，讨论了议题", [2, 3, 5, 6, 8, 9, 11], 3));

        // 会议|在|北京|召开: nothing of the place is cut when its verb is kept.
        Assert.Equal(4, WellFormedCut.Count("会议在北京召开", [2, 3, 5, 7], 4));
    }

    [Fact]
    public void ANoticeIsNotSummarizedByAPlaceAlone()
    {
        const string source = "近日，市场监管总局发布通知，决定在全国范围内开展为期半年的电动自行车质量安全专项整治。通知要求，各地严厉打击生产销售不符合强制性国家标准的电动自行车及其电池，严查非法改装行为。"
            + "对检出不合格产品的企业，依法从严处罚，并将处罚信息记入信用记录。";
        Assert.EndsWith("在全国", Summary(source, o => o with { WellFormedLocalizers = false }), StringComparison.Ordinal);
        Assert.Equal("市场监管总局发布通知", Summary(source));
    }

    private static string Summary(string source, Func<TextRankOptions, TextRankOptions>? change = null) =>
        new TextRankSummarizer(JiebaSegmenter.Default, (change ?? (o => o))(new TextRankOptions())).Summarize(source, 20);
}
