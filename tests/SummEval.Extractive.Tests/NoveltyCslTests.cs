using SummEval.Extractive.Oracles;
using SummEval.Metrics;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>The novelty signals on CSL: what must be copied reads as copied, (the tutorial's mT5 example cannot be checked here: its source abstract is in neither CSL split we have).</summary>
public sealed class NoveltyCslTests
{
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
}
