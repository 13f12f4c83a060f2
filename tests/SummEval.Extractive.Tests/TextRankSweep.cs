using SummEval.Extractive.TextRank;
using SummEval.Jieba;

namespace SummEval.Extractive.Tests;

// textrank's summaries of one source under every selection unit and the given budgets, for tests that hold a property
// of all of them.
internal static class TextRankSweep
{
    public static IEnumerable<(SelectionUnit Unit, int Budget, string Summary)> Summaries(string source, params int[] budgets)
    {
        foreach (var unit in new[] { SelectionUnit.Auto, SelectionUnit.Sentence, SelectionUnit.Clause })
        {
            var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Unit = unit });
            foreach (var budget in budgets)
            {
                yield return (unit, budget, summarizer.Summarize(source, budget));
            }
        }
    }
}
