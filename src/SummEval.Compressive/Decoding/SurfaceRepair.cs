using SummEval.Compressive.Features;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Tokenization;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// Makes a decode read as text: every bracket and quote it keeps has its partner, and no two Latin words or numbers are
/// glued into one the source never had (<c>Ad Hoc</c> decoded without its space as <c>AdHoc</c>, <c>NI</c> … <c>MEMS</c>
/// as <c>NIMEMS</c>). Character ROUGE ignores whitespace and scores a bracket like any character, so neither the word
/// model nor the selection sees these defects; they are repaired on every candidate, before the choice.
/// </summary>
public static class SurfaceRepair
{
    private const string Openers = Brackets.Openers;
    private const string Closers = Brackets.Closers;
    private const int MaxRounds = 3;

    /// <summary>
    /// The kept word indices (ascending) of <paramref name="kept"/>, repaired within <paramref name="budget"/> code points:
    /// a junction of two Latin words or numbers gets back the source's space before the second word or the one or two
    /// symbols between them (room made by dropping the summary's last words) or, without either, keeps only the
    /// likelier word; a bracket or quote whose partner
    /// the decode left out gets it back from the source when something lies between them and the budget allows, and is
    /// dropped otherwise.
    /// </summary>
    public static int[] Apply(IReadOnlyList<AnalyzedWord> words, int[] kept, ReadOnlySpan<double> probabilities, int budget)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(kept);
        if (!NeedsRepair(words, kept))
        {
            return kept;
        }

        var result = new List<int>(kept);
        var length = 0;
        foreach (var k in result)
        {
            length += words[k].Length;
        }

        // Dropping a mark can glue two Latin words, and making room for a space can drop a closing mark: repeat until stable.
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = SeparateLatin(words, result, probabilities, budget, ref length);
            changed |= BalanceMarks(words, result, budget, ref length, complete: round == 0);
            if (!changed)
            {
                break;
            }
        }

        return result.SequenceEqual(kept) ? kept : [.. result];
    }

    // Most decodes have neither a mark nor a Latin junction: they are returned without allocating.
    private static bool NeedsRepair(IReadOnlyList<AnalyzedWord> words, int[] kept)
    {
        for (var j = 0; j < kept.Length; j++)
        {
            var text = words[kept[j]].Text;
            if (text.Length == 1 && (text[0] == '"' || Openers.Contains(text[0], StringComparison.Ordinal) || Closers.Contains(text[0], StringComparison.Ordinal)))
            {
                return true;
            }

            if (j > 0 && kept[j - 1] != kept[j] - 1 && GluesLatin(words[kept[j - 1]].Text, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a one-character word that is a bracket or quote (an apostrophe inside a Latin word is not).</summary>
    internal static bool IsMark(IReadOnlyList<AnalyzedWord> words, int k) => Kind(words, k, out _) != 0;

    private static bool SeparateLatin(IReadOnlyList<AnalyzedWord> words, List<int> result, ReadOnlySpan<double> probabilities, int budget, ref int length)
    {
        var changed = false;
        for (var j = 1; j < result.Count; j++)
        {
            int a = result[j - 1], b = result[j];
            if (b == a + 1 || !GluesLatin(words[a].Text, words[b].Text))
            {
                continue;
            }

            changed = true;

            // The source's space before the second word ("Ad Hoc"), or the one or two symbols between them ("B/S"),
            // with room made if need be by dropping the summary's last words: "This paper studies" reads better than
            // "This studies show".
            var (from, gap) = IsSpace(words[b - 1].Text) ? (b - 1, words[b - 1].Length) : (a + 1, Separator(words, a, b));
            if (gap > 0)
            {
                while (length + gap > budget && result.Count - 1 > j)
                {
                    length -= words[result[^1]].Length;
                    result.RemoveAt(result.Count - 1);
                }

                if (length + gap <= budget)
                {
                    result.InsertRange(j, Enumerable.Range(from, b - from));
                    length += gap;
                    j += b - from;
                    continue;
                }
            }

            // No space or symbol between them in the source (or no room for it): keep the likelier word alone.
            var drop = probabilities[a] >= probabilities[b] ? j : j - 1;
            length -= words[result[drop]].Length;
            result.RemoveAt(drop);
            j = Math.Max(0, drop - 1);
        }

        return changed;
    }

    // Brackets and quotes whose partner the decode left out: the partner comes back from the source (so "算法(NF-IAA" ends
    // "(NF-IAA)") when at least one kept word lies between them and the budget allows; otherwise the mark goes.
    private static bool BalanceMarks(IReadOnlyList<AnalyzedWord> words, List<int> result, int budget, ref int length, bool complete)
    {
        var orphans = Orphans(words, result);
        if (orphans.Count == 0)
        {
            return false;
        }

        foreach (var k in orphans)
        {
            var partner = complete ? Partner(words, k) : -1;
            int from = Math.Min(k, partner), to = Math.Max(k, partner);
            if (partner >= 0 && length + words[partner].Length <= budget && result.Exists(i => i > from && i < to))
            {
                var at = result.BinarySearch(partner);
                if (at < 0)
                {
                    result.Insert(~at, partner);
                    length += words[partner].Length;
                }

                continue;
            }

            result.Remove(k);
            length -= words[k].Length;
        }

        // A completion can pair a mark other than the one meant ("(a(b" keeps one ")"): drop what is still alone.
        foreach (var k in Orphans(words, result))
        {
            result.Remove(k);
            length -= words[k].Length;
        }

        return true;
    }

    // The marks of the kept words that pair with no other kept mark, in order. A closer pairs only with its own opener in
    // the source: 《流水》…《神奇秘谱》 decoded as 《流水神奇秘谱》 keeps two marks of two names, and each is alone.
    private static List<int> Orphans(IReadOnlyList<AnalyzedWord> words, List<int> kept)
    {
        var open = new List<int>();
        var orphans = new List<int>();
        foreach (var k in kept)
        {
            var kind = Kind(words, k, out var opens);
            if (kind == 0)
            {
                continue;
            }

            if (opens)
            {
                open.Add(k);
            }
            else if (open.Count > 0 && Kind(words, open[^1], out _) == kind && Partner(words, open[^1]) == k)
            {
                open.RemoveAt(open.Count - 1);
            }
            else
            {
                orphans.Add(k);
            }
        }

        orphans.AddRange(open);
        orphans.Sort();
        return orphans;
    }

    // The source mark that pairs with mark k (nesting of the same kind counted), or -1.
    private static int Partner(IReadOnlyList<AnalyzedWord> words, int k)
    {
        var kind = Kind(words, k, out var opens);
        var depth = 0;
        for (var i = opens ? k + 1 : k - 1; i >= 0 && i < words.Count; i += opens ? 1 : -1)
        {
            if (Kind(words, i, out var otherOpens) != kind)
            {
                continue;
            }

            if (otherOpens == opens)
            {
                depth++;
            }
            else if (depth-- == 0)
            {
                return i;
            }
        }

        return -1;
    }

    // A mark's kind (its opening character; 0 when word k is no mark) and whether it opens. An ASCII quote opens or closes
    // as in the source: an even number of them before it and it opens ("自我"和"他者" cut to "自我"和"他者 drops the quote
    // that opened 他者, not the pair around 和).
    private static char Kind(IReadOnlyList<AnalyzedWord> words, int k, out bool opens)
    {
        opens = false;
        var text = words[k].Text;
        if (text.Length != 1)
        {
            return '\0';
        }

        var c = text[0];
        if (c == '"')
        {
            var before = 0;
            for (var i = 0; i < k; i++)
            {
                before += words[i].Text == "\"" ? 1 : 0;
            }

            opens = before % 2 == 0;
            return c;
        }

        if (Openers.IndexOf(c, StringComparison.Ordinal) >= 0)
        {
            opens = true;
            return c;
        }

        var opener = Brackets.OpenerOf(c);
        if (opener == '\0' || (c == '’' && k > 0 && k + 1 < words.Count && LatinLetters.IsLetterOrDigit(words[k - 1].Text[^1]) && LatinLetters.IsLetterOrDigit(words[k + 1].Text[0])))
        {
            // Not a mark, or an apostrophe (Mallow’s) rather than a closing quote.
            return '\0';
        }

        return opener;
    }

    // The length of what separates words a and b in the source when it is one or two symbols (/, +, _, ·; no letter,
    // digit, bracket or quote), else 0.
    private static int Separator(IReadOnlyList<AnalyzedWord> words, int a, int b)
    {
        if (b - a - 1 is < 1 or > 2)
        {
            return 0;
        }

        var length = 0;
        for (var i = a + 1; i < b; i++)
        {
            if (!words[i].IsPunctuation || IsMark(words, i) || words[i].Length > 2)
            {
                return 0;
            }

            length += words[i].Length;
        }

        return length;
    }

    // A summary "…Ad" + "Hoc…" reads as one word "AdHoc", "…Duffing" + "-means" as "Duffing-means", "…café" + "naïve…"
    // as "cafénaïve": both sides of the junction are Latin letters, digits or hyphens.
    private static bool GluesLatin(string before, string after) => IsLatinOrHyphen(before[^1]) && IsLatinOrHyphen(after[0]);

    private static bool IsLatinOrHyphen(char c) => LatinLetters.IsLetterOrDigit(c) || c == '-';

    private static bool IsSpace(string word) => word.Length > 0 && string.IsNullOrWhiteSpace(word);
}
