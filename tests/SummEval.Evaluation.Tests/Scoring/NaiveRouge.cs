using System.Text;
using SummEval.Metrics;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>
/// A deliberately plain transcription of ROUGE-1.5.5 (hash maps of n-gram counts, full LCS tables, the
/// decrementing unigram hashes of its summary-level LCS) used as an oracle for the optimized scorer.
/// </summary>
internal static class NaiveRouge
{
    public static RougeScores Score(string candidate, IReadOnlyList<string> references)
    {
        var cand = Lines(candidate);
        long h1 = 0, c1 = 0, r1 = 0, h2 = 0, c2 = 0, r2 = 0, hl = 0, cl = 0, rl = 0;
        foreach (var reference in references)
        {
            var refLines = Lines(reference);
            var (a, b, c) = NGram(cand.SelectMany(l => l).ToList(), refLines.SelectMany(l => l).ToList(), 1);
            h1 += a;
            c1 += b;
            r1 += c;
            (a, b, c) = NGram(cand.SelectMany(l => l).ToList(), refLines.SelectMany(l => l).ToList(), 2);
            h2 += a;
            c2 += b;
            r2 += c;
            hl += UnionLcs(cand, refLines);
            cl += cand.Sum(l => l.Count);
            rl += refLines.Sum(l => l.Count);
        }

        return new RougeScores(PrfScore.FromCounts(h1, c1, r1), PrfScore.FromCounts(h2, c2, r2), PrfScore.FromCounts(hl, cl, rl));
    }

    private static List<List<string>> Lines(string text) =>
        text.Split('\n')
            .Select(line => line.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).Select(r => r.ToString()).Select(t => t.Length == 1 && t[0] is >= 'A' and <= 'Z' ? t.ToLowerInvariant() : t).ToList())
            .Where(l => l.Count > 0)
            .ToList();

    private static (long Hits, long Cand, long Ref) NGram(List<string> cand, List<string> reference, int n)
    {
        var cc = Counts(cand, n);
        var rc = Counts(reference, n);
        long hits = cc.Sum(kv => (long)Math.Min(kv.Value, rc.GetValueOrDefault(kv.Key)));
        return (hits, cc.Values.Sum(), rc.Values.Sum());
    }

    private static Dictionary<string, int> Counts(List<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>();
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join("\u0001", tokens.Skip(i).Take(n));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static long UnionLcs(List<List<string>> cand, List<List<string>> reference)
    {
        var candHash = Counts(cand.SelectMany(l => l).ToList(), 1);
        var refHash = Counts(reference.SelectMany(l => l).ToList(), 1);
        long hits = 0;
        foreach (var refLine in reference)
        {
            var union = new SortedSet<int>();
            foreach (var candLine in cand)
            {
                union.UnionWith(LcsPositions(refLine, candLine));
            }

            foreach (var k in union)
            {
                var token = refLine[k];
                if (candHash.GetValueOrDefault(token) > 0 && refHash.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candHash[token]--;
                    refHash[token]--;
                }
            }
        }

        return hits;
    }

    private static List<int> LcsPositions(List<string> reference, List<string> cand)
    {
        var t = new int[reference.Count + 1, cand.Count + 1];
        for (var i = 1; i <= reference.Count; i++)
        {
            for (var j = 1; j <= cand.Count; j++)
            {
                t[i, j] = reference[i - 1] == cand[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
            }
        }

        var positions = new List<int>();
        int a = reference.Count, b = cand.Count;
        while (a > 0 && b > 0)
        {
            if (reference[a - 1] == cand[b - 1])
            {
                positions.Add(a - 1);
                a--;
                b--;
            }
            else if (t[a, b - 1] > t[a - 1, b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }

        return positions;
    }
}
