using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Quoted speech is what a news story reports and the speaker's clause who spoke (stop 61's press-conference probe; before:
/// textrank <c>国家统计局新闻发言人付凌晖在新闻发布会上</c> at 20, the quotation one unsplittable clause too long for the budget).
/// </summary>
public sealed class SpeechQuotesTests
{
    private const string Story = "国家统计局新闻发言人付凌晖在新闻发布会上表示：“总的来看，10月份国民经济延续恢复向好态势，生产需求持续改善，就业物价总体稳定。”"
        + "他同时指出，外部环境依然复杂严峻，国内需求仍显不足，经济回升向好的基础仍需巩固。";

    [Theory]
    [InlineData("他表示：“总的来看，经济稳中向好。”", "他表示：总的来看，经济稳中向好。")]
    [InlineData("“双减”政策落地一年", "“双减”政策落地一年")] // a quoted term
    [InlineData("个人信息保护中的“告知—同意”规则", "个人信息保护中的“告知—同意”规则")]
    [InlineData("他说：“我们的目标是，明年完成。”“这很难。”", "他说：我们的目标是，明年完成。“这很难。”")] // only speech a colon opens goes
    [InlineData("“你真的要走吗？”母亲站在门口", "“你真的要走吗？”母亲站在门口")] // a line of dialogue
    [InlineData("被誉为“扩大的盆景，缩小的仙境”", "被誉为“扩大的盆景，缩小的仙境”")] // a saying
    [InlineData("“我们的目标是在2030年前实现碳达峰，”他说", "“我们的目标是在2030年前实现碳达峰，”他说")] // the speaker after the speech
    [InlineData("他说：“我们提出了“三步走”，明年完成。”", "他说：“我们提出了“三步走”，明年完成。”")] // a quotation inside another stays
    [InlineData("他说：“我们的目标是，明年完成", "他说：“我们的目标是，明年完成")] // no closing mark
    public void OnlySpeechLosesItsMarks(string sentence, string unquoted) => Assert.Equal(unquoted, SpeechQuotes.Unquoted(sentence));

    [Theory]
    [InlineData("国家统计局新闻发言人付凌晖在新闻发布会上表示", '：', true)]
    [InlineData("他指出", ':', true)]
    [InlineData("他指出", '，', false)] // no speech follows
    [InlineData("结果表明", '：', false)] // a finding's report is framing
    [InlineData("说", '：', false)] // the verb alone names no speaker
    public void ASpeakerIsNamedBeforeAColon(string clause, char next, bool speaker) => Assert.Equal(speaker, SpeechQuotes.IsSpeaker(clause, next));

    [Fact]
    public void AStoryIsSummarizedFromWhatWasSaid()
    {
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        Assert.Equal("10月份国民经济延续恢复向好态势", textRank.Summarize(Story, 20));
        foreach (var budget in new[] { 30, 40, 60 })
        {
            var summary = textRank.Summarize(Story, budget);
            Assert.DoesNotContain("发布会上", summary, StringComparison.Ordinal);
            Assert.Equal(summary.Count(c => c == '“'), summary.Count(c => c == '”'));
        }
    }
}
