using SummEval.Metrics;
using SummEval.Tokenization;
using Xunit;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>The character and word level definition on hand-checked examples.</summary>
public sealed class RougeScorerTests
{
    private static readonly PrfScore One = new(1, 1, 1);

    [Theory]
    [InlineData("CNN模型", "cnn模型", 1.0)] // only A-Z fold
    [InlineData("ＣＮＮ模型", "CNN模型", 0.4)] // full width is another token
    [InlineData("基于 深度\t学习", "基于深度学习", 1.0)] // whitespace is no token
    [InlineData("基于\u3000深度\u00A0学习", "基于深度学习", 1.0)] // ideographic space and NBSP are whitespace
    [InlineData("基于\u200B学习", "基于学习", 0.888888888888889)] // ZWSP is a token (P = 4/5, R = 1)
    [InlineData("，", ",", 0.0)]
    [InlineData("Α", "α", 0.0)] // Greek capitals do not fold
    public void CharacterTokensFollowRouge155(string candidate, string reference, double rouge1F) =>
        Assert.Equal(rouge1F, RougeScorer.Score(candidate, [reference]).Rouge1.F1, 12);

    [Fact]
    public void A_surrogate_pair_is_one_token()
    {
        var s = RougeScorer.Score("𠮷𠮷", ["𠮷"]);
        Assert.Equal(new PrfScore(0.5, 1, 2.0 / 3), s.Rouge1);
        Assert.Equal(PrfScore.Zero, s.Rouge2); // a one-token reference has no bigram
    }

    [Fact]
    public void Empty_texts_score_zero_without_throwing()
    {
        Assert.Equal(RougeScores.Zero, RougeScorer.Score(string.Empty, ["标题"]));
        Assert.Equal(RougeScores.Zero, RougeScorer.Score("标题", [string.Empty]));
        Assert.Equal(RougeScores.Zero, RougeScorer.Score(" \n\r\n", [" "]));
        Assert.Equal(RougeScores.Zero, RougeScorer.Score(string.Empty, [string.Empty]));
    }

    [Fact]
    public void At_least_one_reference_is_required() =>
        Assert.Throws<ArgumentException>(() => RougeScorer.Score("摘要", Array.Empty<string>()));

    [Fact]
    public void Bigrams_run_across_lines_but_lcs_is_summary_level()
    {
        // README example char-0316: candidate and reference of two lines each.
        var single = RougeScorer.Score("制备氰酸钾微波辐射法", ["微波辐射法制备氰酸钾"]);
        var lines = RougeScorer.Score("制备氰酸钾\n微波辐射法", ["微波辐射法\n制备氰酸钾"]);
        Assert.Equal(single.Rouge1, lines.Rouge1);
        Assert.Equal(One, lines.RougeL); // each reference line is matched whole by one candidate line
        Assert.Equal(0.5, single.RougeL.Recall, 12);
        Assert.Equal(8.0 / 9, lines.Rouge2.Recall, 12); // 8 of the 9 joined bigrams
    }

    [Fact]
    public void Crlf_and_blank_lines_do_not_matter()
    {
        var lf = RougeScorer.Score("第一行\n第二行", ["第二行\n第一行"]);
        Assert.Equal(lf, RougeScorer.Score("第一行\r\n\r\n\n第二行\r\n", ["第二行\r\n第一行"]));
    }

    [Fact]
    public void Union_lcs_clips_by_candidate_counts()
    {
        // Each reference line's LCS with the one candidate line is 的; the candidate has one 的, so one hit.
        var s = RougeScorer.Score("的", ["的\n的\n的"]);
        Assert.Equal(new PrfScore(1, 1.0 / 3, 0.5), s.RougeL);
        Assert.Equal(s.Rouge1, s.RougeL);
    }

    [Fact]
    public void Pooled_references_sum_counts_and_count_the_candidate_once_per_reference()
    {
        // hits 4 + 0, candidate 4 twice, references 4 + 2: P = 4/8, R = 4/6.
        var s = RougeScorer.Score("文本摘要", ["文本摘要", "无关"]);
        Assert.Equal(PrfScore.FromCounts(4, 8, 6), s.Rouge1);
        // An empty reference still adds one candidate length (README, char-m049).
        Assert.Equal(PrfScore.FromCounts(4, 8, 4), RougeScorer.Score("文本摘要", ["文本摘要", string.Empty]).Rouge1);
        var best = RougeScorer.Score("文本摘要", ["无关", "文本摘要"], new RougeOptions { References = ReferenceMode.Best });
        Assert.Equal(new RougeScores(One, One, One), best);
    }

    [Fact]
    public void Word_level_drops_whitespace_tokens_and_folds_ascii()
    {
        var words = new RougeOptions { Tokenizer = new SplitTokenizer() };
        var s = RougeScorer.Score("基于 CNN 的 模型", ["基于 cnn 的 方法"], words);
        Assert.Equal(PrfScore.FromCounts(3, 4, 4), s.Rouge1);
        Assert.Equal(PrfScore.FromCounts(2, 3, 3), s.Rouge2);
        Assert.Equal(PrfScore.FromCounts(3, 4, 4), s.RougeL);
    }

    [Fact]
    public void Word_level_tokenizes_line_by_line()
    {
        var tokenizer = new SplitTokenizer();
        RougeScorer.Score("甲 乙\n丙", ["甲"], new RougeOptions { Tokenizer = tokenizer });
        Assert.Equal(["甲 乙", "丙", "甲"], tokenizer.Seen);
    }

    [Fact]
    public void Long_multi_line_texts_grow_the_buffers_and_stay_exact()
    {
        var random = new Random(1);
        string Make(int n) => string.Concat(Enumerable.Range(0, n).Select(i => i % 37 == 36 ? "\n" : ((char)('一' + random.Next(30))).ToString()));
        var candidate = Make(900);
        var reference = Make(700);
        Assert.Null(RougeConformanceTests.Mismatch(NaiveRouge.Score(candidate, [reference]), RougeScorer.Score(candidate, [reference])));
        Assert.Null(RougeConformanceTests.Mismatch(NaiveRouge.Score("短文本", ["短文"]), RougeScorer.Score("短文本", ["短文"])));
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    public void References_around_the_64_token_fast_path_agree_with_the_plain_definition(int length)
    {
        // References of up to 64 tokens use bit masks, longer ones sorted n-grams and LCS tables.
        var random = new Random(length);
        for (var round = 0; round < 20; round++)
        {
            var reference = new string(Enumerable.Range(0, length).Select(_ => (char)('一' + random.Next(12))).ToArray());
            var candidate = new string(Enumerable.Range(0, random.Next(1, 90)).Select(_ => (char)('一' + random.Next(14))).ToArray());
            Assert.Null(RougeConformanceTests.Mismatch(NaiveRouge.Score(candidate, [reference]), RougeScorer.Score(candidate, [reference])));
            Assert.Null(RougeConformanceTests.Mismatch(NaiveRouge.Score(reference, [candidate]), RougeScorer.Score(reference, [candidate])));
            var lines = candidate.Insert(candidate.Length / 2, "\n");
            Assert.Null(RougeConformanceTests.Mismatch(NaiveRouge.Score(lines, [reference]), RougeScorer.Score(lines, [reference])));
        }
    }

    [Fact]
    public void Concurrent_scoring_gives_the_same_results()
    {
        var pairs = Enumerable.Range(0, 400).Select(i => ($"基于{i}的深度学习模型研究\n第{i % 7}行", $"深度学习{i * 7}模型方法\n第{i % 5}行")).ToArray();
        var sequential = pairs.Select(p => RougeScorer.Score(p.Item1, [p.Item2])).ToArray();
        var parallel = new RougeScores[pairs.Length];
        Parallel.For(0, pairs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = RougeScorer.Score(pairs[i].Item1, [pairs[i].Item2]));
        Assert.Equal(sequential, parallel);
    }

    private sealed class SplitTokenizer : ITextTokenizer
    {
        public List<string> Seen { get; } = [];

        public string Name => "split";

        public IReadOnlyList<string> Tokenize(string text)
        {
            Seen.Add(text);
            return text.Split(' ').SelectMany(w => new[] { w, " " }).ToList();
        }
    }
}
