using SummEval.Extractive.Lead;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A reading exercise pasted whole (stop 55; before: lead-1 阅读下面的文字，完成1～3题。 at 20 and 40, textrank
/// …数字化让文物永久保存D at 40, the options joined into one line as a paragraph wrapped at their width and the next option's
/// letter glued to the last): its instruction, its question with the marks and its options are no summary's source.
/// </summary>
public sealed class ExamItemsTests
{
    private const string Exercise = "阅读下面的文字，完成1～3题。\n敦煌莫高窟始建于十六国时期，是世界上现存规模最大、内容最丰富的佛教艺术圣地。近年来，敦煌研究院利用数字化技术，对洞窟壁画进行高精度采集，让千年文物得以“永久保存、永续利用”。\n1.下列对原文内容的理解，不正确的一项是（3分）\nA.莫高窟始建于十六国时期\nB.敦煌研究院利用了数字化技术\nC.数字化让文物永久保存\nD.莫高窟是规模最小的佛教艺术圣地";

    private static readonly TextRankSummarizer TextRank = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("阅读下面的文字，完成1～3题。", true)]
    [InlineData("阅读下面的材料，回答问题。", true)]
    [InlineData("请认真阅读下列短文，然后回答后面的问题。", true)]
    [InlineData("阅读下面的文言文，完成10～13题", true)]
    [InlineData("阅读下面的文字可以提高学生的理解能力。", false)] // a sentence about reading
    [InlineData("研究者阅读了大量文献后回答了这一问题。", false)]
    public void AnInstructionToReadAndAnswerIsKnown(string sentence, bool instruction) => Assert.Equal(instruction, ExamItems.IsInstruction(sentence));

    [Theory]
    [InlineData("下列对原文内容的理解，不正确的一项是（3分）", true)]
    [InlineData("请简要分析文中画线句子的表达效果。(4分)", true)]
    [InlineData("实验组得分（85分）显著高于对照组", false)] // marks inside a sentence
    [InlineData("该方法显著提高了准确率（见表2）", false)]
    public void AQuestionWithItsMarksIsKnown(string sentence, bool question) => Assert.Equal(question, ExamItems.IsScoredQuestion(sentence));

    [Fact]
    public void OptionsAreLinesOfTheirOwnAndFieldsWhenTheyComeInARun()
    {
        Assert.Contains("\nC.数字化让文物永久保存\nD.", AnalysisText.Of(Exercise).Shadow, StringComparison.Ordinal);
        Assert.True(ExamItems.IsOption("A.莫高窟始建于十六国时期"));
        Assert.False(ExamItems.IsOption("A. Smith and B. Jones"));
        Assert.Equal([false, true, true, false], BibliographicFields.Fields(["敦煌莫高窟始建于十六国时期。", "A.莫高窟始建于十六国时期", "B.敦煌研究院利用了数字化技术", "结果表明该法有效。"]));
        Assert.Equal([false, false, false], BibliographicFields.Fields(["敦煌莫高窟始建于十六国时期。", "A.莫高窟始建于十六国时期", "结果表明该法有效。"])); // one alone
    }

    [Theory]
    [InlineData("A. 男  B. 女", true)]
    [InlineData("A.是 B.否", true)]
    [InlineData("A. 22点前  B. 22-24点  C. 24点以后", true)]
    [InlineData("A、非常满意　B、满意　C、不满意", true)]
    [InlineData("A.莫高窟始建于十六国时期", false)] // one option
    [InlineData("A. Smith and B. Jones", false)] // initials
    public void ARowOfOptionsIsKnown(string line, bool row) => Assert.Equal(row, ExamItems.IsOptionRow(line));

    [Theory]
    [InlineData("答案：B", true)]
    [InlineData("【参考答案】AC", true)]
    [InlineData("正确答案：A、D", true)]
    [InlineData("答案：这取决于样本量。", false)] // an answer in words
    [InlineData("答案是B", false)]
    public void AnAnswerByItsCapitalsIsKnown(string line, bool answer) => Assert.Equal(answer, ExamItems.IsAnswer(line));

    /// <summary>
    /// A questionnaire (stop 56; before: textrank <c>A. 男  B. 女</c> at 20, the options set on one line read as a sentence).
    /// </summary>
    [Fact]
    public void AQuestionnaireIsSummarizedByWhatItAsksAbout()
    {
        const string Survey = "大学生睡眠状况调查问卷\n亲爱的同学：\n您好！为了解大学生的睡眠状况，我们开展此次匿名调查，问卷约需3分钟，感谢您的参与！\n1. 您的性别：\nA. 男  B. 女\n2. 您平时几点入睡？\nA. 22点前  B. 22-24点  C. 24点以后";
        Assert.Equal([false, true, true, false], BibliographicFields.Fields(["我们开展此次匿名调查。", "您平时几点入睡？", "A. 22点前  B. 22-24点  C. 24点以后", "结果将用于改进宿舍管理。"]));
        Assert.Equal([false, false, false], BibliographicFields.Fields(["我们开展此次匿名调查。", "您平时几点入睡？", "结果将用于改进宿舍管理。"])); // no options under it
        foreach (var budget in new[] { 20, 40 })
        {
            var summary = TextRank.Summarize(Survey, budget);
            Assert.Contains("睡眠状况", summary, StringComparison.Ordinal);
            Assert.DoesNotMatch("[A-C][.．]|入睡", summary);
        }
    }

    /// <summary>
    /// One multiple-choice question with its answer and explanation (stop 56; before: textrank <c>B. 光反应阶段产生氧气</c> at 20,
    /// lead-1 <c>下列关于光合作用的叙述，正确的是（ ）A</c>: options written <c>A. 光…</c>, with a space, were joined as a wrapped paragraph).
    /// </summary>
    [Fact]
    public void AQuestionIsSummarizedByItsExplanation()
    {
        const string Item = "下列关于光合作用的叙述，正确的是（ ）\nA. 光合作用只在白天进行\nB. 光反应阶段产生氧气\nC. 暗反应不需要光照也不需要酶\nD. 叶绿体是唯一的光合作用场所\n答案：B\n解析：光反应阶段水的光解产生氧气，故B正确。";
        Assert.Contains("\nB. 光反应阶段产生氧气\n", AnalysisText.Of(Item).Shadow, StringComparison.Ordinal);
        Assert.Contains("\n答案：B\n", AnalysisText.Of(Item).Shadow, StringComparison.Ordinal);
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.StartsWith("解析：光反应阶段水的光解", LeadSentenceSummarizer.Summarize(Item, budget), StringComparison.Ordinal);
            Assert.StartsWith("光反应阶段水的光解产生氧气", TextRank.Summarize(Item, budget), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AReadingExerciseIsSummarizedByItsPassage()
    {
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.StartsWith("敦煌莫高窟始建于十六国时期", LeadSentenceSummarizer.Summarize(Exercise, budget), StringComparison.Ordinal);
            var summary = TextRank.Summarize(Exercise, budget);
            Assert.DoesNotContain("阅读", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("规模最小", summary, StringComparison.Ordinal);
            Assert.DoesNotMatch("[A-D]$", summary);
        }
    }
}
