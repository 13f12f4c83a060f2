using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The word ranges a document is also decoded within, so the candidate pool holds summaries made of one nearby phrase
/// rather than fragments from distant clauses: each sentence, and each pair of adjacent clauses (across a sentence end
/// too). Ranges are [Start, End) word indices, sentences first, in source order.
/// </summary>
public static class CandidateWindows
{
    /// <summary>The ranges of <paramref name="document"/>'s sentences, then of its adjacent clause pairs (one clause when it has one).</summary>
    public static IReadOnlyList<(int Start, int End)> Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        var windows = new List<(int Start, int End)>();
        var clauseStarts = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (i == 0 || words[i].Sentence != words[i - 1].Sentence)
            {
                windows.Add((i, i));
            }

            windows[^1] = (windows[^1].Start, i + 1);
            if (i == 0 || words[i].Sentence != words[i - 1].Sentence || words[i].Clause != words[i - 1].Clause)
            {
                clauseStarts.Add(i);
            }
        }

        clauseStarts.Add(words.Count);
        var clauses = clauseStarts.Count - 1;
        for (var c = 0; c + 1 < clauses || (c == 0 && clauses == 1); c++)
        {
            windows.Add((clauseStarts[c], clauseStarts[Math.Min(c + 2, clauses)]));
        }

        return windows;
    }
}
