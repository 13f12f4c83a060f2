using System.Text.Json;
using SummEval.Extractive.Oracles;
using SummEval.Metrics;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>The novelty signals on CSL: what must be copied reads as copied, and a known hallucination is found.</summary>
public sealed class NoveltyCslTests
{
    // The tutorial's mT5 output for its abstract on automated trust negotiation.
    private const string TutorialMt5Output = "自动信任协商(AI)是互信关系建立的最新研究工作的一部分";

    [SharedFact]
    public void Oracle_lcs_has_no_novel_characters_on_csl_test()
    {
        var documents = CslData.Test();
        Assert.Equal(1000, documents.Count);
        foreach (var document in documents)
        {
            var summary = OracleLcsSummarizer.Summarize(document.Source, document.References[0], 20);
            Assert.Empty(NoveltyScorer.NovelCharacters(summary, document.Source));
            var scores = NoveltyScorer.Score(summary, document.Source);
            Assert.Equal(0, scores.Novel1);
            Assert.True(summary.Length == 0 || scores.Extractiveness.Coverage == 1, document.Id);
        }
    }

    [TutorialAbstractFact]
    public void The_tutorial_mt5_output_has_the_novel_characters_AI_in_brackets_and_zui_xin()
    {
        var source = TutorialAbstractFactAttribute.FindSource()!;
        var novel = NoveltyScorer.NovelCharacters(TutorialMt5Output, source)
            .Select(r => TutorialMt5Output.Substring(r.Start, r.Length))
            .ToList();
        Assert.Equal(["(AI)", "最新"], novel);
    }

    /// <summary>Runs only when the tutorial's source abstract is in ../shared/data/csl; skipped with the reason otherwise.</summary>
    private sealed class TutorialAbstractFactAttribute : FactAttribute
    {
        public TutorialAbstractFactAttribute()
        {
            if (SharedData.Folder is null)
            {
                Skip = SharedData.MissingMessage;
            }
            else if (FindSource() is null)
            {
                Skip = "the tutorial's abstract on automated trust negotiation (自动信任协商) is not in ../shared/data/csl/{train,test}.jsonl";
            }
        }

        public static string? FindSource()
        {
            foreach (var split in new[] { "test.jsonl", "train.jsonl" })
            {
                foreach (var line in File.ReadLines(SharedData.PathOf("data", "csl", split)))
                {
                    if (!line.Contains("自动信任协商", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    using var json = JsonDocument.Parse(line);
                    return json.RootElement.GetProperty("content").GetString();
                }
            }

            return null;
        }
    }
}
