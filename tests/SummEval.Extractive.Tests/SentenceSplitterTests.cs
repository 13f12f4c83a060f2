using SummEval.Extractive.Sentences;
using Xunit;

namespace SummEval.Extractive.Tests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("第一句。第二句！第三句？", new[] { "第一句。", "第二句！", "第三句？" })]
    [InlineData("模型得到了广泛应用.ClassRBM是一种模型.", new[] { "模型得到了广泛应用.", "ClassRBM是一种模型." })]
    [InlineData("精度提高了3.5%。召回率为0.82.", new[] { "精度提高了3.5%。", "召回率为0.82." })]
    [InlineData("Smith et al. 提出了该方法。我们改进它。", new[] { "Smith et al. 提出了该方法。", "我们改进它。" })]
    [InlineData("J. Smith 在 U.S. 工作。另一句。", new[] { "J. Smith 在 U.S. 工作。", "另一句。" })]
    [InlineData("他说“好。走吧！”然后离开。", new[] { "他说“好。走吧！”然后离开。" })]
    [InlineData("方法（见图1。）有效。结论。", new[] { "方法（见图1。）有效。", "结论。" })]
    [InlineData("令x=1.2，则f(x).g成立。下一句。", new[] { "令x=1.2，则f(x).g成立。", "下一句。" })]
    [InlineData("等待……然后继续。", new[] { "等待……", "然后继续。" })]
    [InlineData("Wait... then go. Done!", new[] { "Wait...", "then go.", "Done!" })]
    [InlineData("第一行\n第二行", new[] { "第一行", "第二行" })]
    [InlineData("真的吗？！是的。", new[] { "真的吗？！", "是的。" })]
    [InlineData("版本v1.2.3发布.见www.example.com网站。", new[] { "版本v1.2.3发布.", "见www.example.com网站。" })]
    [InlineData("e.g. 这个例子。", new[] { "e.g. 这个例子。" })]
    [InlineData("", new string[0])]
    [InlineData("   \n  ", new string[0])]
    [InlineData("没有结束标点", new[] { "没有结束标点" })]
    [InlineData("未闭合（括号。\n新行。", new[] { "未闭合（括号。", "新行。" })]
    public void SplitsTrickyText(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text));

    // A structured abstract or a page with its fields, written without full stops between its parts: each label opens a sentence.
    [Theory]
    [InlineData("目的 探讨A的影响 方法 回顾分析B 结果 C较低 结论 D有关", new[] { "目的 探讨A的影响", "方法 回顾分析B", "结果 C较低", "结论 D有关" })]
    [InlineData("目的：探讨A的影响 方法：回顾分析B", new[] { "目的：探讨A的影响", "方法：回顾分析B" })]
    [InlineData("目的　探讨A的影响　方法　回顾分析B", new[] { "目的　探讨A的影响", "方法　回顾分析B" })] // ideographic spaces
    [InlineData("【目的】探讨A的影响【方法】回顾分析B【结果】C较低", new[] { "【目的】探讨A的影响", "【方法】回顾分析B", "【结果】C较低" })]
    [InlineData("本文探讨A的影响【结论】D有关", new[] { "本文探讨A的影响", "【结论】D有关" })] // a label in its own 【】 anywhere
    [InlineData("目的 探讨A的影响 方法将B分为两组", new[] { "目的 探讨A的影响", "方法将B分为两组" })] // a core label glued to its section
    [InlineData("摘要 目的 探讨A的影响 方法 回顾分析B", new[] { "摘要 目的 探讨A的影响", "方法 回顾分析B" })] // the opening labels stay one heading
    [InlineData("目的 探讨A的影响。 方法 回顾分析B。", new[] { "目的 探讨A的影响。", "方法 回顾分析B。" })] // stops as before
    [InlineData("作者：王五 单位：复旦大学法学院 摘要：本文考察了A", new[] { "作者：王五", "单位：复旦大学法学院", "摘要：本文考察了A" })] // a page's fields
    [InlineData("以黄土高原为对象分析了径流变化 关键词：径流；黄土高原", new[] { "以黄土高原为对象分析了径流变化", "关键词：径流；黄土高原" })] // a field after any text
    public void ASectionOrFieldLabelSetOffOpensASentence(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text));

    // Only a text that opens with a label is read as structured, and a label word inside a section is its text.
    [Theory]
    [InlineData("本文比较了两种 方法 的优劣")]
    [InlineData("目的 探讨A的影响 结果表明 B有效")]
    [InlineData("目的 探讨A与 方法学 的关系")]
    [InlineData("本文提出一种新的方法 结果 优于基线")]
    public void ALabelWordInsideASectionOpensNothing(string text) =>
        Assert.Single(SentenceSplitter.Split(text));

    [Theory]
    [InlineData("针对A问题，提出B方法；实验表明C有效。", new[] { "针对A问题", "提出B方法", "实验表明C有效" })]
    [InlineData("共1,000个样本，比例1:2", new[] { "共1,000个样本", "比例1:2" })]
    [InlineData("方法（A，B）有效，结论", new[] { "方法（A，B）有效", "结论" })]
    [InlineData("English clause, another one.", new[] { "English clause", "another one" })]
    public void SplitsClauses(string sentence, string[] expected) =>
        Assert.Equal(expected, ClauseSplitter.Split(sentence));
}
