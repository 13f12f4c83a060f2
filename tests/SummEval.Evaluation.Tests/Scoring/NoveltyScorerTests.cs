using System.Text.Json;
using SummEval.Jieba;
using SummEval.Metrics;
using SummEval.Scoring;
using SummEval.Tokenization;
using Xunit;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>Extractiveness, novel n-grams and repetition on constructed cases whose answers are known.</summary>
public sealed class NoveltyScorerTests
{
    private const string Source = "针对文本摘要中事实错误的问题,本文提出一种基于图神经网络的抽取式摘要模型,在三个数据集上取得了最好的结果。";

    [Fact]
    public void Newsroom_greedy_fragments_take_the_first_longest_match_and_skip_past_each_match()
    {
        int[] summary = [1, 2, 3, 9, 2, 3, 4];
        int[] source = [1, 2, 5, 1, 2, 3, 7, 2, 3, 4];
        var fragments = ExtractiveFragments.Greedy(summary, source);
        Assert.Equal([new ExtractiveFragment(0, 3, 3), new ExtractiveFragment(4, 7, 3)], fragments);
        var measured = ExtractiveFragments.Measure(fragments, summary.Length, source.Length);
        Assert.Equal(6.0 / 7, measured.Coverage, 12);
        Assert.Equal(18.0 / 7, measured.Density, 12);
        Assert.Equal(10.0 / 7, measured.Compression, 12);
    }

    [Fact]
    public void Ties_keep_the_first_match_and_overlapping_runs_are_skipped_as_in_newsroom()
    {
        // The scan resumes after a matched run: for the summary 1 1 2 in the source 1 1 1 2, the run 1 1 at 0 makes the
        // scan jump to 2, so the full match 1 1 2 at 1 is never tried (Newsroom's behaviour, kept on purpose).
        var fragments = ExtractiveFragments.Greedy([1, 1, 2], [1, 1, 1, 2]);
        Assert.Equal([new ExtractiveFragment(0, 0, 2), new ExtractiveFragment(2, 3, 1)], fragments);

        // Equally long matches: the first wins.
        Assert.Equal([new ExtractiveFragment(0, 1, 2)], ExtractiveFragments.Greedy([4, 5], [9, 4, 5, 4, 5]));
    }

    [Fact]
    public void A_pure_copy_has_coverage_one_and_no_novel_ngrams()
    {
        var copy = Source.Substring(24, 14);
        var scores = NoveltyScorer.Score(copy, Source);
        Assert.Equal(1, scores.Extractiveness.Coverage);
        Assert.Equal(14, scores.Extractiveness.Density);
        Assert.Equal((double)Source.Count(c => c != ' ') / 14, scores.Extractiveness.Compression, 12);
        Assert.Equal(0, scores.Novel1);
        Assert.Equal(0, scores.Novel2);
        Assert.Equal(0, scores.Novel3);
        Assert.Empty(NoveltyScorer.NovelCharacters(copy, Source));
    }

    [Fact]
    public void A_shuffled_summary_keeps_coverage_and_loses_density()
    {
        var copy = Source.Substring(24, 14); // 基于图神经网络的抽取式摘要模型 minus one: 14 characters, all in the source
        var shuffled = new string([.. copy.Where((_, i) => i % 2 == 0), .. copy.Where((_, i) => i % 2 == 1).Reverse()]);
        var original = NoveltyScorer.Score(copy, Source);
        var mixed = NoveltyScorer.Score(shuffled, Source);
        Assert.Equal(1, mixed.Extractiveness.Coverage);
        Assert.Equal(0, mixed.Novel1);
        Assert.True(mixed.Extractiveness.Density < original.Extractiveness.Density / 4, $"density {mixed.Extractiveness.Density} vs {original.Extractiveness.Density}");
        Assert.True(mixed.Novel2 > 0.5, $"novel bigrams {mixed.Novel2}");
        Assert.Equal(original.Extractiveness.Compression, mixed.Extractiveness.Compression);
    }

    [Fact]
    public void An_inserted_fact_is_novel_exactly_where_it_was_inserted()
    {
        const string Fact = "2019年"; // no digit nor 年 occurs in the source
        var copy = Source.Substring(24, 14);
        var summary = copy[..7] + Fact + copy[7..];
        var scores = NoveltyScorer.Score(summary, Source);
        Assert.Equal([(7, Fact.Length)], NoveltyScorer.NovelCharacters(summary, Source));

        // Distinct unigrams: 14 copied (all different) + 2, 0, 1, 9, 年; the novel ones are the inserted five.
        Assert.Equal(5.0 / 19, scores.Novel1, 12);

        // Bigrams: 19 tokens give 18 bigrams, all distinct; novel are the 6 that touch the insertion (4 inside, 2 at its edges).
        Assert.Equal(6.0 / 18, scores.Novel2, 12);

        // Trigrams: 17, all distinct; novel are the 7 that touch it.
        Assert.Equal(7.0 / 17, scores.Novel3, 12);
        Assert.Equal(14.0 / 19, scores.Extractiveness.Coverage, 12);
        Assert.Equal(((7.0 * 7) + (7 * 7)) / 19, scores.Extractiveness.Density, 12);
    }

    [Fact]
    public void Repetition_is_the_share_of_distinct_bigrams_seen_more_than_once()
    {
        // 模型 模型 模型 的 : bigrams 模型(x3) 型模(x2) 型的(x1) → 2 of 3 distinct bigrams repeat.
        var scores = NoveltyScorer.Score("模型模型模型的", Source);
        Assert.Equal(2.0 / 3, scores.Repetition, 12);
        Assert.Equal(0, NoveltyScorer.Score(Source[..10], Source).Repetition);
        Assert.Equal(0, NovelNgrams.Repetition([7]));
    }

    [Fact]
    public void Empty_summaries_score_zero_and_whitespace_is_not_a_token()
    {
        Assert.Equal(NoveltyScores.Zero, NoveltyScorer.Score(string.Empty, Source));
        Assert.Equal(NoveltyScores.Zero, NoveltyScorer.Score(" \n\u3000", Source));
        Assert.Equal(1, NoveltyScorer.Score("图 神经\n网络", Source).Extractiveness.Coverage);
        Assert.Equal([(1, 3)], NoveltyScorer.NovelCharacters("图XYZ 网", "图网"));
        Assert.Empty(NoveltyScorer.NovelCharacters("CNN模型", "基于cnn的模型")); // ASCII A-Z folded, as in ROUGE
    }

    [Fact]
    public void Word_level_counts_words_through_the_tokenizer_hook()
    {
        var spaces = new SpaceTokenizer();
        var scores = NoveltyScorer.Score("图 神经 网络 模型", "基于 图 神经 网络 的 摘要 模型", spaces);
        Assert.Equal(1, scores.Extractiveness.Coverage);
        Assert.Equal(((3.0 * 3) + 1) / 4, scores.Extractiveness.Density, 12);
        Assert.Equal(7.0 / 4, scores.Extractiveness.Compression, 12);
        Assert.Equal(1.0 / 3, scores.Novel2, 12); // 网络 模型 is new, 图 神经 and 神经 网络 are copied

        // Jieba: a copied clause stays fully covered at word level, and a new word is a novel unigram.
        var jieba = NoveltyScorer.Score("基于图神经网络的抽取式摘要模型", Source, JiebaSegmenter.Default);
        Assert.Equal(1, jieba.Extractiveness.Coverage);
        Assert.Equal(0, jieba.Novel1);
        Assert.True(NoveltyScorer.Score("基于卷积网络的摘要模型", Source, JiebaSegmenter.Default).Novel1 > 0);
    }

    [Fact]
    public void Corpus_scores_with_sources_add_novelty_and_leave_rouge_and_its_intervals_unchanged()
    {
        var items = Enumerable.Range(0, 40)
            .Select(i => ($"d{i}", Source.Substring(i % 20, 5 + (i % 7)) + (i % 3 == 0 ? "新发现" : string.Empty), (IReadOnlyList<string>)["图神经网络抽取式摘要"], Source))
            .ToList();
        var options = new CorpusScoreOptions { MaxChars = 12, Seed = 5, BootstrapSamples = 300 };
        var withSource = CorpusScorer.ScoreWithSources(items, options);
        var rougeOnly = CorpusScorer.Score(items.Select(i => (i.Item1, i.Item2, i.Item3)).ToList(), options);
        Assert.Equal(rougeOnly.Rouge1, withSource.Rouge1);
        Assert.Equal(rougeOnly.Rouge2, withSource.Rouge2);
        Assert.Equal(rougeOnly.RougeL, withSource.RougeL);
        Assert.Null(rougeOnly.Novelty);
        var novelty = withSource.Novelty!;
        Assert.Equal(withSource.PerDoc.Average(d => d.Novelty!.Novel1), novelty.Novel1.Mean, 12);
        Assert.Equal(withSource.PerDoc.Average(d => d.Novelty!.Extractiveness.Density), novelty.Density.Mean, 12);
        Assert.True(novelty.Novel1.CiLow < novelty.Novel1.Mean && novelty.Novel1.Mean < novelty.Novel1.CiHigh);
        Assert.Equal(withSource.Novelty, CorpusScorer.Summarize(withSource.PerDoc, options).Novelty);

        using var json = JsonDocument.Parse(ScoreReportJson.Serialize(withSource, includePerDoc: true));
        var root = json.RootElement;
        Assert.Equal(novelty.Coverage.Mean, root.GetProperty("extractiveness").GetProperty("coverage").GetProperty("mean").GetDouble());
        Assert.Equal(novelty.Density.CiHigh, root.GetProperty("extractiveness").GetProperty("density").GetProperty("ci")[1].GetDouble());
        Assert.Equal(novelty.Compression.Mean, root.GetProperty("extractiveness").GetProperty("compression").GetProperty("mean").GetDouble());
        Assert.Equal(novelty.Novel3.Mean, root.GetProperty("novelNgrams").GetProperty("3").GetProperty("mean").GetDouble());
        Assert.Equal(novelty.Repetition.Mean, root.GetProperty("repetition").GetProperty("mean").GetDouble());
        var doc0 = root.GetProperty("perDoc")[0];
        Assert.Equal(withSource.PerDoc[0].Novelty!.Novel1, doc0.GetProperty("novelNgrams").GetProperty("1").GetDouble());
        Assert.Equal(5.0 / 8, doc0.GetProperty("extractiveness").GetProperty("coverage").GetDouble(), 12); // 5 copied + 新发现
        Assert.Equal(1, root.GetProperty("perDoc")[1].GetProperty("extractiveness").GetProperty("coverage").GetDouble());
        Assert.False(JsonDocument.Parse(ScoreReportJson.Serialize(rougeOnly, false)).RootElement.TryGetProperty("extractiveness", out _));
    }

    [Fact]
    public void Novel_shares_equal_a_plain_set_computation_on_random_token_strings()
    {
        var random = new Random(17);
        for (var round = 0; round < 500; round++)
        {
            var alphabet = 2 + random.Next(6);
            var summary = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(alphabet)).ToArray();
            var source = Enumerable.Range(0, random.Next(0, 60)).Select(_ => random.Next(alphabet + 2)).ToArray();
            for (var n = 1; n <= 3; n++)
            {
                var sourceGrams = Enumerable.Range(0, Math.Max(0, source.Length - n + 1)).Select(i => string.Join(',', source.Skip(i).Take(n))).ToHashSet();
                var summaryGrams = Enumerable.Range(0, Math.Max(0, summary.Length - n + 1)).Select(i => string.Join(',', summary.Skip(i).Take(n))).ToHashSet();
                var expected = summaryGrams.Count == 0 ? 0 : (double)summaryGrams.Count(g => !sourceGrams.Contains(g)) / summaryGrams.Count;
                Assert.Equal(expected, NovelNgrams.Share(summary, source, n), 12);
            }

            var bigrams = Enumerable.Range(0, Math.Max(0, summary.Length - 1)).Select(i => (summary[i], summary[i + 1])).ToList();
            var distinct = bigrams.Distinct().ToList();
            var repeated = distinct.Count == 0 ? 0 : (double)distinct.Count(b => bigrams.Count(x => x == b) > 1) / distinct.Count;
            Assert.Equal(repeated, NovelNgrams.Repetition(summary), 12);
        }
    }

    private sealed class SpaceTokenizer : ITextTokenizer
    {
        public string Name => "space";

        public IReadOnlyList<string> Tokenize(string text) => text.Split(' ');
    }
}
