using SummEval.Extractive.TextRank;
using Xunit;

namespace SummEval.Extractive.Tests;

public sealed class IdfMemoTests
{
    [Fact]
    public void ReturnsTheTablesValuesAndLooksEachWordUpOnce()
    {
        var calls = new Dictionary<string, int>(StringComparer.Ordinal);
        double Idf(string word)
        {
            calls[word] = calls.GetValueOrDefault(word) + 1;
            return word.Length * 1.5;
        }

        var memo = new IdfMemo(Idf);
        foreach (var word in new[] { "模型", "大语言模型", "模型", "的", "大语言模型", "模型" })
        {
            Assert.Equal(Idf(word), memo.Of(word));
        }

        // Each word: once through the memo, and once per Assert above (6 of them).
        Assert.Equal(3 + 1, calls["模型"]);
        Assert.Equal(2 + 1, calls["大语言模型"]);
        Assert.Equal(1 + 1, calls["的"]);
        Assert.Equal(3, memo.Count);
    }

    [Fact]
    public void RemembersNoMoreThanItsCapacity()
    {
        var calls = 0;
        var memo = new IdfMemo(word => ++calls, capacity: 2);
        foreach (var word in new[] { "a", "b", "c", "c", "a" })
        {
            memo.Of(word);
        }

        // "c" came after the memo was full: looked up both times; "a" was remembered.
        Assert.Equal(4, calls);
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void TheFactorysSummarizerSummarizesAsWithThePlainTable()
    {
        const string source = "针对文本分类中特征选择的问题,本文提出了一种基于词向量的文本特征选择改进算法。实验表明,该算法提高了分类的准确率。";
        var factory = new TextRankFactory();
        var memoed = (TextRankSummarizer)factory.Create(Summarizers.SummarizerArguments.Bind(Summarizers.SummarizerSpec.Parse("textrank"), factory.Parameters));
        var plain = new TextRankSummarizer(Jieba.JiebaSegmenter.Default, memoed.Options, Jieba.Keywords.TfidfKeywordExtractor.Default.Idf.Of);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var budget in new int?[] { 10, 20, 35, null })
            {
                Assert.Equal(plain.Summarize(source, budget), memoed.Summarize(source, budget));
            }
        }
    }
}
