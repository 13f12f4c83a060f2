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

    /// <summary>The store's contestants with their scored documents, latencies and failures, ready for <see cref="LeaderboardBuilder"/>.</summary>
    public static IReadOnlyList<ContestantResults> Collect(RunStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var results = new List<ContestantResults>();
        foreach (var (summarizer, oracle) in store.ReadContestants())
        {
            var scores = store.ReadScores(summarizer);
            var outcomes = store.Read(summarizer).ToDictionary(o => o.DocumentId, StringComparer.Ordinal);
            var latencies = new List<double>(scores.Count);
            var failures = 0;
            var used = new List<DocumentOutcome>();
            foreach (var (_, score) in scores)
            {
                var outcome = outcomes[score.Id];
                latencies.Add(outcome.LatencyMs);
                failures += outcome.Failure is null ? 0 : 1;
                if (outcome.Usage is not null)
                {
                    used.Add(outcome);
                }
            }

            results.Add(new ContestantResults(summarizer, oracle, scores.Select(s => s.Score).ToList(), latencies, failures) { Usage = SumUsage(used), Judgments = store.ReadJudgments(summarizer) });
        }

        return results;
    }

    /// <summary>The successful summaries of <paramref name="summarizer"/> for its scored documents, in dataset order.</summary>
    public static IReadOnlyList<(string Id, string Summary)> Predictions(RunStore store, string summarizer)
    {
        ArgumentNullException.ThrowIfNull(store);
        var outcomes = store.Read(summarizer).ToDictionary(o => o.DocumentId, StringComparer.Ordinal);
        return store.ReadScores(summarizer)
            .Select(s => outcomes[s.Score.Id])
            .Where(o => o.Failure is null)
            .Select(o => (o.DocumentId, o.Summary))
            .ToList();
    }

    private static UsageSummary? SumUsage(IReadOnlyList<DocumentOutcome> used) => used.Count == 0
        ? null
        : new UsageSummary(
            used.Sum(o => (long)o.Usage!.InputTokens),
            used.Sum(o => (long)o.Usage!.OutputTokens),
            used.Any(o => o.Usage!.CostUsd is null) ? null : used.Sum(o => o.Usage!.CostUsd!.Value),
            used.Count(o => o.Cached));
}
