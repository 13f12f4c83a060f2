using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// A long text (a report, a whole paper) has thousands of candidates: choosing among them must not hold a table of
/// every pair (an 80 000-character text took 720 MB and 9.1 s, now 315 MB and 6.1 s).
/// </summary>
public sealed class LongTextTests
{
    [Fact]
    public void ConsensusOverALongTextAllocatesLinearlyInItsCandidates()
    {
        // The built-in sample's 40 abstracts four times over: about 31 000 characters and 2 700 candidates.
        var abstracts = CslPairs.ReadFile(Path.Combine(SharedData.RepositoryRoot, "eval-data", "sample", "sample.jsonl")).Select(p => p.Source).ToList();
        var text = string.Concat(Enumerable.Repeat(abstracts, 4).SelectMany(a => a));
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        summarizer.Summarize("预热：加载模型与词典。", 20);

        // This thread's allocations only: other tests run beside this one (summarizing runs on the calling thread).
        var before = GC.GetAllocatedBytesForCurrentThread();
        var summary = summarizer.Summarize(text, 20);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEqual(string.Empty, summary);
        Assert.InRange(text.Length, 25_000, 40_000);

        // About 2.7 KB per character without the table (features, decodes, candidates); a pool x pool table of doubles
        // adds about 2 KB per character more at this length, and grows with its square.
        Assert.True(allocated < 3_500L * text.Length, $"{allocated / 1024} KB for {text.Length} characters");
    }

    [Fact]
    public void ABudgetBeyondTheTextIsNoLimitNotACrash()
    {
        // Before: int.MaxValue threw IndexOutOfRangeException (the decoder's table size overflowed), int.MaxValue / 2
        // ArgumentOutOfRangeException.
        const string source = "本文提出一种基于深度学习的中文文本摘要方法。在公开数据集上的实验表明该方法有效。";
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var whole = summarizer.Summarize(source, source.Length);
        foreach (var budget in new[] { int.MaxValue, int.MaxValue - 1, int.MaxValue / 2, 1 << 20 })
        {
            Assert.Equal(whole, summarizer.Summarize(source, budget));
        }
    }

    [Fact]
    public async Task ACancelledTokenStopsTheDecodes()
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var document = DocumentAnalyzer.Default.Analyze("本文提出一种基于深度学习的中文文本摘要方法。在公开数据集上的实验表明该方法有效。");
        var scores = summarizer.Model.Score(document, TfidfKeywordExtractor.Default.Idf);
        var selection = Assert.IsType<Decoding.CandidateSelection>(summarizer.Model.Metadata.Selection);
        Assert.Throws<OperationCanceledException>(() => Decoding.SummaryDecoder.Summarize(document, scores, 20, selection, new CancellationToken(canceled: true)));
        Assert.Throws<OperationCanceledException>(() => summarizer.Summarize("本文提出一种方法。", 20, new CancellationToken(canceled: true)));
        var task = summarizer.SummarizeAsync(Documents.Document.Unlabelled("d", "本文提出一种方法。"), Summarizers.SummaryOptions.WithBudget(20), new CancellationToken(canceled: true));
        Assert.True(task.IsCanceled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }
}
