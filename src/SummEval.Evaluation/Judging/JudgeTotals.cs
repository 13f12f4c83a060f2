namespace SummEval.Judging;

/// <summary>What judging a run took: verdicts, failures, requests answered from the cache, tokens and cost.</summary>
public sealed class JudgeTotals(string judge, string rubric)
{
    /// <summary>The judge model.</summary>
    public string Judge { get; } = judge;

    /// <summary>The rubric version.</summary>
    public string Rubric { get; } = rubric;

    /// <summary>Summaries with parsed scores.</summary>
    public int Judged { get; private set; }

    /// <summary>Summaries whose request failed or whose answer was malformed.</summary>
    public int Failures { get; private set; }

    /// <summary>Answers taken from the cache (no request made).</summary>
    public int Cached { get; private set; }

    /// <summary>Prompt tokens over all answers.</summary>
    public long InputTokens { get; private set; }

    /// <summary>Answer tokens over all answers.</summary>
    public long OutputTokens { get; private set; }

    /// <summary>Cost of the answers requested in this run (cached ones cost nothing again); null when a price is unknown.</summary>
    public decimal? CostUsd { get; private set; } = 0;

    /// <summary>Adds the verdicts of one summarizer.</summary>
    public void Add(IEnumerable<Judgment> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        foreach (var j in judgments)
        {
            if (j.Failure is null)
            {
                Judged++;
            }
            else
            {
                Failures++;
            }

            if (j.Reply is not { } reply)
            {
                continue;
            }

            InputTokens += reply.InputTokens;
            OutputTokens += reply.OutputTokens;
            if (reply.Cached)
            {
                Cached++;
            }
            else
            {
                CostUsd = CostUsd is { } sum && reply.CostUsd is { } cost ? sum + cost : null;
            }
        }
    }
}
