using SummEval.Metrics;

namespace SummEval.Judging;

/// <summary>
/// One summarizer's judged quality: mean faithfulness and informativeness (1-5) over its judged summaries with 95 %
/// bootstrap intervals, how many were judged and failed, and what the judgments cost.
/// </summary>
/// <param name="Judge">The judge model.</param>
/// <param name="Rubric">The rubric version.</param>
/// <param name="Faithfulness">Mean faithfulness with its interval.</param>
/// <param name="Informativeness">Mean informativeness with its interval.</param>
/// <param name="Judged">Summaries with scores.</param>
/// <param name="Failures">Summaries whose judgment failed (request error or malformed answer).</param>
/// <param name="InputTokens">Prompt tokens of all judgments.</param>
/// <param name="OutputTokens">Answer tokens of all judgments.</param>
/// <param name="CostUsd">What the judgments cost when first asked; null when a price is unknown.</param>
/// <param name="Cached">Judgments answered from the cache in the run that stored them.</param>
public sealed record JudgedSummary(string Judge, string Rubric, MeanInterval Faithfulness, MeanInterval Informativeness,
                                   int Judged, int Failures, long InputTokens, long OutputTokens, decimal? CostUsd, int Cached)
{
    /// <summary>Summarizes <paramref name="judgments"/>, given in dataset order (the bootstrap resamples the judged ones in that order).</summary>
    public static JudgedSummary? From(IReadOnlyList<Judgment> judgments, int seed, int samples)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        if (judgments.Count == 0)
        {
            return null;
        }

        var judged = judgments.Where(j => j.Failure is null).ToList();
        var values = new double[judged.Count * 2];
        for (var i = 0; i < judged.Count; i++)
        {
            values[2 * i] = judged[i].Faithfulness!.Value;
            values[(2 * i) + 1] = judged[i].Informativeness!.Value;
        }

        var (low, high) = BootstrapMeans.Intervals(values, 2, samples, seed);
        double Mean(int m) => judged.Count == 0 ? 0 : Enumerable.Range(0, judged.Count).Average(i => values[(2 * i) + m]);
        var replies = judgments.Where(j => j.Reply is not null).Select(j => j.Reply!).ToList();
        return new JudgedSummary(
            judgments[0].Judge,
            judgments[0].Rubric,
            new MeanInterval(Mean(0), low[0], high[0]),
            new MeanInterval(Mean(1), low[1], high[1]),
            judged.Count,
            judgments.Count - judged.Count,
            replies.Sum(r => r.InputTokens),
            replies.Sum(r => r.OutputTokens),
            replies.Any(r => r.CostUsd is null) ? null : replies.Sum(r => r.CostUsd!.Value),
            replies.Count(r => r.Cached));
    }
}
