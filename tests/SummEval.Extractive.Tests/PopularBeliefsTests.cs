using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A popular belief and what is believed are one clause (stop 63's coffee probe; before: <c>喝咖啡会诱发心律失常</c> at 20, of
/// <c>人们普遍认为，喝咖啡会诱发心律失常。一项…研究发现，…并不会增加…风险</c>: the myth the text refutes stated as fact).
/// </summary>
public sealed class PopularBeliefsTests
{
    [Theory]
    [InlineData("人们普遍认为，喝咖啡会诱发心律失常。", "人们普遍认为喝咖啡会诱发心律失常。")]
    [InlineData("许多人认为，多吃维生素C可以预防感冒", "许多人认为多吃维生素C可以预防感冒")]
    [InlineData("很多人都以为,感冒要吃抗生素", "很多人都以为感冒要吃抗生素")]
    [InlineData("有人担心，转基因食品不安全；也有人认为，其安全性已被证实", "有人担心转基因食品不安全；也有人认为其安全性已被证实")]
    [InlineData("本文认为，卫所制度的衰落是制度变动的结果", "本文认为，卫所制度的衰落是制度变动的结果")] // the author's own view
    [InlineData("研究者认为，该结果不适用于心脏病患者", "研究者认为，该结果不适用于心脏病患者")]
    [InlineData("人们普遍认为喝咖啡有害", "人们普遍认为喝咖啡有害")]
    [InlineData("据网传消息，某地将于下周实施限行", "据网传消息某地将于下周实施限行")] // a rumor
    [InlineData("有传言称，某品牌奶粉含有三聚氰胺", "有传言称某品牌奶粉含有三聚氰胺")]
    [InlineData("记者从交管部门获悉，该消息为谣言", "记者从交管部门获悉，该消息为谣言")] // an attribution is no rumor
    public void ABeliefIsJoinedToWhatIsBelieved(string sentence, string expected) => Assert.Equal(expected, PopularBeliefs.Joined(sentence));

    [Fact]
    public void ARumorIsNeverSummarizedAsFact()
    {
        const string source = "据网传消息，某地将于下周实施限行。记者从交管部门获悉，该消息为谣言，当地并无限行计划。";
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.False(summary.Contains("某地将于下周实施限行", StringComparison.Ordinal) && !summary.Contains("网传", StringComparison.Ordinal), $"{budget}: {summary}");
        }
    }

    [Fact]
    public void AMythIsNeverSummarizedAsFact()
    {
        const string source = "长期以来，人们普遍认为，喝咖啡会诱发心律失常。一项纳入38万余人的队列研究发现，适量饮用咖啡并不会增加心律失常的风险，每天多喝一杯咖啡，心律失常风险反而降低3%。";
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 16, 20, 30, 40 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.False(summary.Contains("喝咖啡会诱发", StringComparison.Ordinal) && !summary.Contains("人们普遍认为喝咖啡", StringComparison.Ordinal), $"{budget}: {summary}");
        }
    }
}
