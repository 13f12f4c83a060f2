using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// The compressive summary of a source still escaped as a CSV field (wrapped in double quotes, inner quotes doubled) is
/// the summary of the text it escapes, as for the extractive summarizers: no wrapping quote opens it, no doubled quote
/// stays in it.
/// </summary>
public sealed class CsvQuotedTextTests
{
    [Theory]
    [InlineData("流形学习已经成为机器学习与数据挖掘领域的一个重要的研究课题.当前的流形学习算法并不能有效应用于高维多流形数据.本文提出一种基于局部切空间的子流形识别算法,实验极大地提高了识别精度.")]
    [InlineData("针对多排螺旋CT(MDCT)\"冰淇淋蛋筒征\"及平扫值鉴别乏脂肪肾血管平滑肌脂肪瘤的问题,本文回顾分析了56例患者的影像资料。")]
    [InlineData("目的：探讨\"互联网+\"模式在慢病管理中的效果。方法：选取患者120例。结果：管理组血压控制率较高。")]
    public void ASummaryIsTheOneOfTheTextItEscapes(string text)
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var escaped = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        foreach (var budget in new[] { 8, 12, 16, 20, 30, 60 })
        {
            var summary = summarizer.Summarize(escaped, budget);
            Assert.Equal(summarizer.Summarize(text, budget), summary);
            Assert.DoesNotContain("\"\"", summary, StringComparison.Ordinal);
        }
    }
}
