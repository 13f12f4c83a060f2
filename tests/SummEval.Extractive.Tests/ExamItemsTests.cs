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
