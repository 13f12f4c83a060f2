using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// A Chinese abstract pasted with its English translation: the decoder keeps no word of a sentence without a Chinese
/// character, so no English fragment is glued to Chinese words (before: <c>were studied施氮量对产量</c>).
/// </summary>
public sealed class ForeignSentenceDecodingTests
{
    private const string English = "Abstract: This study investigates the effect of digital finance on household consumption in China using CFPS data. The results show that digital finance significantly promotes consumption. Key words: digital finance; consumption. ";
    private const string Chinese = "摘要：本文利用中国家庭追踪调查数据，研究了数字金融对家庭消费的影响。结果表明，数字金融显著促进了家庭消费，且对农村家庭的影响更大。";

    [Fact]
    public void TheWordsOfTheEnglishSentencesAreMarked()
    {
        var document = DocumentAnalyzer.Default.Analyze(English + Chinese);
        var unkept = new bool[document.Words.Count];
        ForeignSentences.Mark(document, unkept);
        Assert.Equal(English.Trim(), string.Concat(document.Words.Where((_, i) => unkept[i]).Select(w => w.Text)).Trim());

        var english = DocumentAnalyzer.Default.Analyze(English);
        var none = new bool[english.Words.Count];
        ForeignSentences.Mark(english, none);
        Assert.DoesNotContain(true, none);
    }

    [Theory]
    [InlineData(English + Chinese)]
    [InlineData(Chinese + English)]
    [InlineData("Abstract: Taking winter wheat as material, the effects of nitrogen rates on yield were studied. 摘要：以冬小麦为材料，研究了不同施氮量对产量的影响。结果表明，适量施氮使产量提高了百分之十二。")]
    public void TheShippedModelSummarizesABilingualAbstractInChinese(string source)
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        foreach (var budget in new[] { 20, 30, 50 })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain(summary, char.IsAsciiLetter);
        }

        // An English text on its own is still summarized.
        Assert.NotEqual(string.Empty, summarizer.Summarize(English, 20));
    }
}
