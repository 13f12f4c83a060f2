using SummEval.Extractive.Lead;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

public sealed class SpokenFillersTests
{
    private static readonly TextRankSummarizer TextRank = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("大家好", true)]
    [InlineData("各位下午好", false)] // not listed: 大家下午好 is
    [InlineData("大家下午好", true)]
    [InlineData("好的", true)]
    [InlineData(" 好的呀 ", true)]
    [InlineData("嗯", true)]
    [InlineData("是的", true)]
    [InlineData("谢谢大家！", true)]
    [InlineData("OK", true)]
    [InlineData("医生您好", true)] // a greeting with the one it greets
    [InlineData("王老师你好", true)]
    [InlineData("重磅！", true)] // a post's call for attention
    [InlineData("划重点", true)]
    [InlineData("重磅炸弹", false)]
    [InlineData("注意", false)]
    [InlineData("好评率", false)]
    [InlineData("对照组", false)]
    [InlineData("了解", false)] // 为了解…: a paper's clause too
    [InlineData("然后", false)]
    [InlineData("好的开始是成功的一半", false)]
    [InlineData("", false)]
    [InlineData("各位来宾", true)] // a speech's address to its audience
    [InlineData("女士们、先生们", true)]
    [InlineData("尊敬的各位领导、各位来宾", true)]
    [InlineData("亲爱的同学们", true)]
    [InlineData("同志们！", true)]
    [InlineData("谢谢主持人", true)]
    [InlineData("谢邀。", true)] // an answer's thanks for the invitation to give it
    [InlineData("家人们", true)] // a live stream's or a post's address
    [InlineData("姐妹们！", true)]
    [InlineData("邀请领域专家", false)] // a noun with neither 各位 nor 们 is a clause's object
    [InlineData("全体员工积极参与", false)]
    [InlineData("人们", false)]
    [InlineData("学生家长", false)]
    [InlineData("哈哈哈哈", true)] // a post's laughter
    [InlineData("哈哈哈哈哈笑死我了！！！", true)]
    [InlineData("呵呵", true)]
    [InlineData("哈尔滨的冬天", false)]
    [InlineData("呵护儿童健康", false)]
    [InlineData("哈哈镜效应", false)]
    [InlineData("啊啊啊啊！", true)] // a cry
    [InlineData("你知道吗？", true)] // a post's hook
    [InlineData("你知道吗这个方法", false)]
    [InlineData("各位同学请注意", true)] // a call for attention (stop 55)
    [InlineData("请大家注意", true)]
    [InlineData("请注意观察患者的呼吸", false)] // what to mind follows
    [InlineData("患者请注意", false)] // no address
    public void AFillerIsAWholeClauseThatGreetsAcknowledgesOrHesitates(string clause, bool filler) =>
        Assert.Equal(filler, SpokenFillers.IsFiller(clause));

    [Theory]
    [InlineData("好的，第二季度要重点恢复华南区的销售", 3)]
    [InlineData("嗯，对， 华南区下降主要是因为两个大客户流失", 5)]
    [InlineData("大家好，", 0)] // nothing follows
    [InlineData("对照组，采用常规治疗", 0)]
    [InlineData("好的", 0)]
    [InlineData("女士们、先生们，今天我们在这里举行开幕式", 8)]
    [InlineData("各位同学请注意：本周五下午2点在教学楼301召开班会", 8)] // before: textrank 各位同学请注意：本周五下午2点在教学楼 at 20 (stop 55)
    [InlineData("简讯：12月6日，我市举办2026年冬季招聘会", 3)] // a news brief's (stop 56; before: textrank 简讯：12月6日，我市举办2026年冬季 at 20)
    [InlineData("简讯是一种新闻体裁", 0)]
    [InlineData("方法：随机分为两组", 0)] // a section's label is no filler
    public void TheFillersThatOpenASentenceGoWithTheirCommas(string sentence, int length) =>
        Assert.Equal(length, SpokenFillers.OpeningLength(sentence));

    /// <summary>
    /// Before: 各位来宾，大家上午好！今天我想和大家分享的是人工智能在教育领域的应用 (textrank at 40; the address was no filler), and
    /// 王教授：谢谢主持人。今天我想… once the greeting went (one who speaks once after the host was no speaker).
    /// </summary>
    [Fact]
    public void NoSummaryOfATalkGreetsThanksOrNamesItsSpeaker()
    {
        foreach (var budget in new int?[] { 20, 30, 40, 60 })
        {
            var summary = TextRank.Summarize(Transcripts.Talk, budget);
            Assert.Contains("人工智能", summary, StringComparison.Ordinal);
            Assert.False(Transcripts.KeepsACourtesy(summary), $"at {budget}: {summary}");
        }
    }

    /// <summary>
    /// Before: lead-1 <c>大家好，欢迎收听本期《科技早知道》，我是主播小林。</c>, textrank <c>…固态电池。好了，本期节目就到这里，我们下期再见</c>
    /// at 40: a show's greeting and sign-off were sentences like any other.
    /// </summary>
    [Fact]
    public void NoSummaryOfAShowGreetsOrSignsOff()
    {
        foreach (var budget in new int?[] { 20, 30, 40, 60 })
        {
            Assert.False(Transcripts.KeepsAShowsCourtesy(TextRank.Summarize(Transcripts.Podcast, budget)), TextRank.Summarize(Transcripts.Podcast, budget));
            Assert.False(Transcripts.KeepsAShowsCourtesy(LeadSentenceSummarizer.Summarize(Transcripts.Podcast, budget)), LeadSentenceSummarizer.Summarize(Transcripts.Podcast, budget));
        }
    }

    /// <summary>Before: 谢邀。, 姐妹们！ and 重磅！ (lead-1 at 20 and 40): a sentence of fillers alone was taken for the first.</summary>
    [Theory]
    [InlineData("谢邀。人在美国，刚下飞机。先说结论：不建议裸辞。", "人在美国，刚下飞机。")]
    [InlineData("姐妹们！这个面霜真的绝了😭\n用了一个月，脸上的痘痘少了很多，皮肤也变得水水润润的。质地很清爽，不油腻，敏感肌也可以放心用。\n#护肤分享 #面霜推荐", "这个面霜真的绝了")]
    [InlineData("重磅！今年双十一预售今晚8点正式开启。", "今年双十一预售今晚8点正式开启。")]
    [InlineData("啊啊啊啊！我考上研究生了！！！三年的努力终于没有白费。", "我考上研究生了！！！")]
    [InlineData("你知道吗？每天喝8杯水的说法并没有科学依据！", "每天喝8杯水的说法并没有科学依据！")]
    [InlineData("大家好！", "大家好！")] // nothing else: the text keeps its first
    public void LeadOneOpensOnNoSentenceOfFillersAlone(string source, string lead) =>
        Assert.Equal(lead, Lead.LeadSentenceSummarizer.Summarize(source, 40));

    /// <summary>Before: 大家好，今天我们主要讨论第二季度的销售 at 20 and 好的，第二季度要重点恢复华南区的销售… at 40.</summary>
    [Fact]
    public void TextRankKeepsNoFiller()
    {
        foreach (var budget in new int?[] { 12, 20, 30, 40, 60, null })
        {
            var summary = TextRank.Summarize(Transcripts.Spoken, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.False(Transcripts.KeepsAFiller(summary), $"at {budget}: {summary}");
        }

        Assert.Equal("今天我们主要讨论第二季度的销售计划", TextRank.Summarize(Transcripts.Spoken, 20));
    }

    [Theory]
    [InlineData("重磅！", true)]
    [InlineData("嗯，对，好的。", true)]
    [InlineData("好的，第二季度要重点恢复华南区的销售。", false)]
    [InlineData("注意！", false)]
    public void ASentenceOfNothingButFillersSaysNothing(string sentence, bool only) =>
        Assert.Equal(only, SpokenFillers.IsOnlyFillers(sentence));

    /// <summary>Before: 重磅 (textrank at 20: the post's call for attention was its first sentence, and short).</summary>
    [Fact]
    public void TextRankKeepsNoCallForAttention()
    {
        foreach (var budget in new int?[] { 12, 20, 30, 40, null })
        {
            var summary = TextRank.Summarize(SocialPosts.Promotion, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain("重磅", summary, StringComparison.Ordinal);
        }
    }
}
