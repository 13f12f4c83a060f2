namespace SummEval.Metrics;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L with ROUGE-1.5.5 semantics (<c>-n 2 -f A</c>, no stemming, no stopwords)
/// applied to Chinese by scoring token ids: see docs/scoring.md for the exact definition.
/// </summary>
public static class RougeScorer
{
    /// <summary>
    /// Scores <paramref name="candidate"/> against <paramref name="references"/>. A text without tokens scores 0;
    /// at least one reference is required.
    /// </summary>
    public static RougeScores Score(string candidate, IReadOnlyList<string> references, RougeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(references);
        RequireReferences(references.Count);
        options ??= RougeOptions.Character;
        var ws = RougeWorkspace.Current;
        ws.Ids.Clear();
        ws.Tokenize(candidate, options.Tokenizer, ws.Candidate);
        var accumulator = new Accumulator(options.References);
        ws.CandidateChanged();
        for (var k = 0; k < references.Count; k++)
        {
            // Indexing, not foreach: an interface enumerator would be the hot path's only other allocation.
            var reference = references[k] ?? throw new ArgumentNullException(nameof(references), $"reference {k} is null.");
            ws.Tokenize(reference, options.Tokenizer, ws.Reference);
            accumulator.Add(Compare(ws));
        }

        return accumulator.Result();
    }

    /// <summary>
    /// Scores already tokenized texts, given as lines of tokens (e.g. the token lists of the conformance set);
    /// whitespace-only tokens are dropped and A-Z folded as for <see cref="Score"/>.
    /// </summary>
    public static RougeScores ScoreTokens(
        IReadOnlyList<IReadOnlyList<string>> candidateLines,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> referencesLines,
        ReferenceMode references = ReferenceMode.Pooled)
    {
        ArgumentNullException.ThrowIfNull(candidateLines);
        ArgumentNullException.ThrowIfNull(referencesLines);
        RequireReferences(referencesLines.Count);
        var ws = RougeWorkspace.Current;
        ws.Ids.Clear();
        RougeTokenizer.Tokens(candidateLines, ws.Ids, ws.Candidate);
        var accumulator = new Accumulator(references);
        ws.CandidateChanged();
        foreach (var reference in referencesLines)
        {
            RougeTokenizer.Tokens(reference, ws.Ids, ws.Reference);
            accumulator.Add(Compare(ws));
        }

        return accumulator.Result();
    }

    private static void RequireReferences(int count)
    {
        if (count == 0)
        {
            throw new ArgumentException("at least one reference is needed to compute ROUGE.", "references");
        }
    }

    private static PairCounts Compare(RougeWorkspace ws)
    {
        var reference = ws.Reference;
        var candidate = ws.Candidate;
        var candidateBigrams = Math.Max(0, candidate.Count - 1);
        var referenceBigrams = Math.Max(0, reference.Count - 1);
        int hits1, hits2, hitsL;
        if (reference.Count <= BitParallelOverlap.MaxReference)
        {
            // The common case (titles, short summaries): one vectorized pass, no sorting.
            (hits1, hits2, var lcs) = BitParallelOverlap.Count(reference.Tokens, candidate.Tokens, ref ws.Padded);
            hitsL = reference.Lines <= 1 && candidate.Lines <= 1
                ? lcs
                : LongestCommonSubsequence.UnionHits(reference, candidate, ws.CandidateSortedUnigrams(), ws);
        }
        else
        {
            var candidateUnigrams = ws.CandidateSortedUnigrams();
            hits1 = NGramOverlap.Hits<int>(candidateUnigrams, NGramOverlap.SortedUnigrams(reference.Tokens, ref ws.ReferenceUnigrams));
            hits2 = NGramOverlap.Hits<long>(ws.CandidateSortedBigrams(), NGramOverlap.SortedBigrams(reference.Tokens, ref ws.ReferenceBigrams));
            hitsL = LongestCommonSubsequence.UnionHits(reference, candidate, candidateUnigrams, ws);
        }

        return new PairCounts(
            new MetricCounts(hits1, candidate.Count, reference.Count),
            new MetricCounts(hits2, candidateBigrams, referenceBigrams),
            new MetricCounts(hitsL, candidate.Count, reference.Count));
    }

    private readonly record struct MetricCounts(int Hits, int Candidate, int Reference)
    {
        public PrfScore Score() => PrfScore.FromCounts(Hits, Candidate, Reference);
    }

    private readonly record struct PairCounts(MetricCounts Rouge1, MetricCounts Rouge2, MetricCounts RougeL);

    /// <summary>Combines per-reference counts: pooled sums (ROUGE-1.5.5 <c>-f A</c>) or the best F1 per metric.</summary>
    private struct Accumulator(ReferenceMode mode)
    {
        private Pool pool1, pool2, poolL;
        private PrfScore best1, best2, bestL;
        private bool any;

        public void Add(PairCounts counts)
        {
            if (mode == ReferenceMode.Pooled)
            {
                pool1.Add(counts.Rouge1);
                pool2.Add(counts.Rouge2);
                poolL.Add(counts.RougeL);
            }
            else
            {
                best1 = Better(best1, counts.Rouge1.Score(), any);
                best2 = Better(best2, counts.Rouge2.Score(), any);
                bestL = Better(bestL, counts.RougeL.Score(), any);
            }

            any = true;
        }

        public readonly RougeScores Result() => mode == ReferenceMode.Pooled
            ? new RougeScores(pool1.Score(), pool2.Score(), poolL.Score())
            : new RougeScores(best1, best2, bestL);

        // The first reference wins ties, as rouge-score's max() does.
        private static PrfScore Better(PrfScore current, PrfScore candidate, bool any) =>
            !any || candidate.F1 > current.F1 ? candidate : current;
    }

    private struct Pool
    {
        private long hits, candidate, reference;

        public void Add(MetricCounts counts)
        {
            hits += counts.Hits;
            candidate += counts.Candidate;
            reference += counts.Reference;
        }

        public readonly PrfScore Score() => PrfScore.FromCounts(hits, candidate, reference);
    }
}
