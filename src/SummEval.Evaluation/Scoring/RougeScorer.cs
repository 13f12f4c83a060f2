namespace SummEval.Scoring;

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
        var prepared = Prepare(ws);
        foreach (var reference in references)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(references));
            ws.Tokenize(reference, options.Tokenizer, ws.Reference);
            accumulator.Add(Compare(ws, prepared));
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
        var prepared = Prepare(ws);
        foreach (var reference in referencesLines)
        {
            RougeTokenizer.Tokens(reference, ws.Ids, ws.Reference);
            accumulator.Add(Compare(ws, prepared));
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

    private static (int Unigrams, int Bigrams) Prepare(RougeWorkspace ws)
    {
        var unigrams = NGramOverlap.SortedUnigrams(ws.Candidate.Tokens, ref ws.CandidateUnigrams).Length;
        var bigrams = NGramOverlap.SortedBigrams(ws.Candidate.Tokens, ref ws.CandidateBigrams).Length;
        return (unigrams, bigrams);
    }

    private static PairCounts Compare(RougeWorkspace ws, (int Unigrams, int Bigrams) candidate)
    {
        var reference = ws.Reference;
        var candidateUnigrams = ws.CandidateUnigrams.AsSpan(0, candidate.Unigrams);
        var candidateBigrams = ws.CandidateBigrams.AsSpan(0, candidate.Bigrams);
        var referenceUnigrams = NGramOverlap.SortedUnigrams(reference.Tokens, ref ws.ReferenceUnigrams);
        var referenceBigrams = NGramOverlap.SortedBigrams(reference.Tokens, ref ws.ReferenceBigrams);
        var hits1 = NGramOverlap.Hits<int>(candidateUnigrams, referenceUnigrams);
        var hits2 = NGramOverlap.Hits<long>(candidateBigrams, referenceBigrams);
        var hitsL = LongestCommonSubsequence.UnionHits(reference, ws.Candidate, candidateUnigrams, ws);
        return new PairCounts(
            new MetricCounts(hits1, candidateUnigrams.Length, referenceUnigrams.Length),
            new MetricCounts(hits2, candidateBigrams.Length, referenceBigrams.Length),
            new MetricCounts(hitsL, candidateUnigrams.Length, referenceUnigrams.Length));
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
