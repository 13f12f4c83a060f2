using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Text;

namespace SummEval.Runs;

/// <summary>
/// Turns stored summaries into stored per-document scores, and stored scores into leaderboard input. Runs and merges
/// both build their leaderboards from the store this way, which is why a merged board equals the unsharded one.
/// </summary>
public static class RunScoring
{
    /// <summary>How <paramref name="rouge"/> is named in run metadata: <c>TOKENIZER/REFERENCES</c>, e.g. <c>char/pooled</c>.</summary>
    public static string Label(RougeOptions rouge)
    {
        ArgumentNullException.ThrowIfNull(rouge);
        return $"{rouge.Tokenizer?.Name ?? "char"}/{rouge.References.ToString().ToLowerInvariant()}";
    }

    /// <summary>
    /// Scores every contestant's stored summary of every document in <paramref name="documents"/> and replaces the
    /// stored scores with them (ROUGE against the references, extractiveness and novelty against the source). A failed
    /// document scores as an empty summary, so failing never helps a summarizer.
    /// </summary>
    public static void ScoreInto(RunStore store, IReadOnlyList<RunDocument> documents, IReadOnlyList<Contestant> contestants, RougeOptions rouge)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(contestants);
        foreach (var contestant in contestants)
        {
            var outcomes = store.Read(contestant.Label).ToDictionary(o => o.DocumentId, StringComparer.Ordinal);
            var scores = new List<(int, DocumentScore)>(documents.Count);
            foreach (var (position, document) in documents)
            {
                if (!outcomes.TryGetValue(document.Id, out var outcome))
                {
                    throw new RunException($"{store.Path}: '{contestant.Label}' has no result for document '{document.Id}'; run again to complete it.");
                }

                var summary = outcome.Failure is null ? outcome.Summary : string.Empty;
                scores.Add((position, new DocumentScore(document.Id, RougeScorer.Score(summary, document.References, rouge), TextLength.Chars(summary))
                {
                    Novelty = NoveltyScorer.Score(summary, document.Source, rouge.Tokenizer),
                }));
            }

            store.ReplaceScores(contestant.Label, scores);
        }
    }

    /// <summary>
    /// The store's contestants with their scored documents, latencies and failures, ready for <see cref="LeaderboardBuilder"/>.
    /// Summaries are streamed past, not kept: what stays in memory is per-document numbers (and judgments, when judged).
    /// </summary>
    public static IReadOnlyList<ContestantResults> Collect(RunStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var results = new List<ContestantResults>();
        foreach (var (summarizer, oracle) in store.ReadContestants())
        {
            var scores = new List<DocumentScore>();
            var latencies = new List<double>();
            var failures = 0;
            var usage = new UsageTotals();
            foreach (var (_, score, outcome) in Scored(store, summarizer))
            {
                // The scores table does not keep the failure flag; the outcome row does, so it is set here, once.
                scores.Add(outcome.Failure is null ? score : score with { Failed = true });
                latencies.Add(outcome.LatencyMs);
                failures += outcome.Failure is null ? 0 : 1;
                usage.Add(outcome);
            }

            results.Add(new ContestantResults(summarizer, oracle, scores, latencies, failures) { Usage = usage.Summary(), Judgments = store.ReadJudgments(summarizer) });
        }

        return results;
    }

    /// <summary>The successful summaries of <paramref name="summarizer"/> for its scored documents, in dataset order, read while enumerating.</summary>
    public static IEnumerable<(string Id, string Summary)> Predictions(RunStore store, string summarizer)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Scored(store, summarizer)
            .Where(x => x.Outcome.Failure is null)
            .Select(x => (x.Outcome.DocumentId, x.Outcome.Summary));
    }

    /// <summary>
    /// Each scored document of <paramref name="summarizer"/> with its stored row, in dataset order: both tables are
    /// read in position order and joined as they stream, so no table is held whole.
    /// </summary>
    public static IEnumerable<(int Position, DocumentScore Score, DocumentOutcome Outcome)> Scored(RunStore store, string summarizer)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var outcomes = store.StreamOutcomes(summarizer).GetEnumerator();
        var more = outcomes.MoveNext();
        foreach (var (position, score) in store.StreamScores(summarizer))
        {
            // Rows of documents outside the latest run (an earlier, larger --limit) are skipped.
            while (more && outcomes.Current.Position < position)
            {
                more = outcomes.MoveNext();
            }

            if (!more || outcomes.Current.Position != position || outcomes.Current.DocumentId != score.Id)
            {
                throw new RunException($"{store.Path}: '{summarizer}' has a score but no result for document '{score.Id}'; run again to complete it.");
            }

            yield return (position, score, outcomes.Current);
        }
    }

    // Summed as the rows stream past; null when no row reported usage.
    private sealed class UsageTotals
    {
        private long _input;
        private long _output;
        private decimal? _cost = 0;
        private int _count;
        private int _cached;

        public void Add(DocumentOutcome outcome)
        {
            if (outcome.Usage is not { } usage)
            {
                return;
            }

            _count++;
            _input += usage.InputTokens;
            _output += usage.OutputTokens;
            _cost = _cost is { } sum && usage.CostUsd is { } cost ? sum + cost : null;
            _cached += outcome.Cached ? 1 : 0;
        }

        public UsageSummary? Summary() => _count == 0 ? null : new UsageSummary(_input, _output, _cost, _cached);
    }
}
