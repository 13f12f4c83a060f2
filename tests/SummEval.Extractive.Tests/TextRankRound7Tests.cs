using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>Round 7's textrank: a cut never ends inside the last <c>、</c> list item that the source continues.</summary>
public sealed class TextRankRound7Tests
{
    private static readonly TextRankSummarizer On = new(JiebaSegmenter.Default, new TextRankOptions());
    private static readonly TextRankSummarizer Off = new(JiebaSegmenter.Default, new TextRankOptions { WellFormedListItems = false });

    // Synthetic sentences shaped like multi-domain dev 0480, 0167 and 0569: the 20-character cut falls inside the item
    // after the last 、 (气|单胞菌属, 经验丰富|程度, 后|现象学); without the rule the summary ends there. (0739's Pb2|+ is
    // round 8's: the charge now stays with Pb2, and the item is whole; TextRankRound8CutTests.)
    [Theory]
    [InlineData("除磷微生物的优势菌种:不动杆菌属、气单胞菌属和假单胞菌属。", "、气", "除磷微生物的优势菌种:不动杆菌属")]
    [InlineData("不同情境条件下创业者经验多样性、经验丰富程度对绩效的影响。", "、经验丰富", "不同情境条件下创业者经验多样性")]
    [InlineData("由唐·伊德所开创的后现象学的成长历程、后现象学的基本主张。", "、后", "由唐·伊德所开创的后现象学的成长历程")]
    public void ACutBacksOffAListItemTheSourceContinues(string source, string cutShort, string expected)
    {
        Assert.EndsWith(cutShort, Off.Summarize(source, 20), StringComparison.Ordinal);
        Assert.Equal(expected, On.Summarize(source, 20));
    }

    [Fact]
    public void ACompleteItemIsKept()
    {
        // Token ends of 原理|、|方法|、|误差 and of 原理|、|方法|等|问题: the item 方法 is followed by 、 or 等, so it is whole.
        Assert.Equal(3, WellFormedCut.Count("原理、方法、误差", [2, 3, 5, 6, 8], 3));
        Assert.Equal(3, WellFormedCut.Count("原理、方法等问题", [2, 3, 5, 6, 8], 3));
        Assert.Equal(4, WellFormedCut.Count("原理、方法等问题", [2, 3, 5, 6, 8], 4));

        // ... or by a function word (经验深度|对), or by the text's end.
        Assert.Equal(3, WellFormedCut.Count("多样性、深度对绩效", [3, 4, 6, 7, 9], 3));
        Assert.Equal(3, WellFormedCut.Count("多样性、深度", [3, 4, 6], 3));

        // The list ended before the cut (A、B和C的研究|方法): the cut is not inside an item.
        Assert.Equal(7, WellFormedCut.Count("甲、乙和丙的研究方法", [1, 2, 3, 4, 5, 6, 8, 10], 7));

        // A cut that is not at the clause's end, after a complete item, through the summarizer.
        const string source = "阐述了计算浮标位置的原理、方法及其误差来源与改进措施。";
        Assert.Equal(Off.Summarize(source, 20), On.Summarize(source, 20));
        Assert.EndsWith("原理、方法及其误差来源", On.Summarize(source, 20), StringComparison.Ordinal);
    }

    [Fact]
    public void TheItemCutShortBacksOffToBeforeTheMark()
    {
        // Token ends of 不动杆菌属|、|气|单胞|菌属: the cut after 气 backs off to before 、; without the rule it stays.
        Assert.Equal(1, WellFormedCut.Count("不动杆菌属、气单胞菌属", [5, 6, 7, 9, 11], 3));
        Assert.Equal(3, WellFormedCut.Count("不动杆菌属、气单胞菌属", [5, 6, 7, 9, 11], 3, WellFormedCutRules.All & ~WellFormedCutRules.ListItems));

        // The next token is a classifier, not a function word: 优势|种 goes on, so 优势 is cut short.
        Assert.Equal(3, WellFormedCut.Count("组成、丰度、优势种", [2, 3, 5, 6, 8, 9], 5));

        // A conjunction opens the list's last item: 向量机|、|网络|及|最小 backs off to before 及.
        Assert.Equal(3, WellFormedCut.Count("向量机、网络及最小二乘", [3, 4, 6, 7, 9, 11], 5));
        Assert.Equal(5, WellFormedCut.Count("向量机、网络及最小二乘", [3, 4, 6, 7, 9, 11], 5, WellFormedCutRules.All & ~WellFormedCutRules.ListItems));

        // A cut on the mark itself backs off the mark only: the item before it is whole (组成|、|丰度|、|指标).
        Assert.Equal(3, WellFormedCut.Count("组成、丰度、指标", [2, 3, 5, 6, 8], 4));
    }
}
