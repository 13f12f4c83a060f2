using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Summarizers;
using SummEval.Testing;
using SummEval.Tokenization;
using Xunit;

namespace SummEval.Extractive.Tests;

// Round 10's speed: with Jieba, a clause whose framing is stripped takes its rest's tokens from the whole clause's
// (JiebaSegmenter.CutWithTails) instead of segmenting the rest again. Jieba behind any other ITextTokenizer is
// segmented afresh every time, so the two must give the same analysis and the same summaries.
public sealed class TextRankSpeed3Tests
{
    [SharedFact]
    public void ReusedTailsGiveWhatSegmentingAgainGives()
    {
        var reusing = Create(new TextRankFactory());
        var fresh = Create(new TextRankFactory(new Plain(JiebaSegmenter.Default)));
        var documents = CslData.Read("csl", "train.jsonl").Take(300).Concat(CslData.Read("csl-md", "dev.jsonl").Take(300));
        foreach (var document in documents)
        {
            var (a, b) = (reusing.Analyze(document.Source), fresh.Analyze(document.Source));
            Assert.Equal(b.Clauses.Count, a.Clauses.Count);
            for (var i = 0; i < a.Clauses.Count; i++)
            {
                Assert.Equal(b.Clauses[i].Text, a.Clauses[i].Text);
                Assert.Equal(b.Clauses[i].TokenIds, a.Clauses[i].TokenIds);
                Assert.Equal(b.Clauses[i].TokenEnds, a.Clauses[i].TokenEnds);
            }

            Assert.Equal(b.Lead?.TokenIds, a.Lead?.TokenIds);
            foreach (var budget in new[] { 10, 20, 35 })
            {
                Assert.Equal(fresh.Summarize(document.Source, budget), reusing.Summarize(document.Source, budget));
            }
        }
    }

    private static TextRankSummarizer Create(TextRankFactory factory) =>
        (TextRankSummarizer)factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse("textrank"), factory.Parameters));

    // Jieba's tokens through the plain interface only.
    private sealed class Plain(ITextTokenizer inner) : ITextTokenizer
    {
        public string Name => inner.Name;

        public IReadOnlyList<string> Tokenize(string text) => inner.Tokenize(text);
    }
}
