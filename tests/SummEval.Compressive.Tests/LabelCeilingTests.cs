using SummEval.Compressive.Alignment;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Extractive.Oracles;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Compressive.Tests;

/// <summary>
/// Decoding the training labels themselves must come close to the deletion ceiling (oracle LCS, 0.897 on CSL):
/// otherwise the classifier learns the wrong target. Also records which keep rule the trainer uses and why.
/// </summary>
public sealed class LabelCeilingTests(ITestOutputHelper output)
{
    [SharedFact]
    public void MajorityLabelsReachTheDeletionCeilingOnCslTrain()
    {
        var train = CslPairs.Read("train").Take(300).ToList();
        var docs = train.Select(p => DocumentAnalyzer.Default.Analyze(p.Source)).ToList();
        var means = new Dictionary<KeepRule, double>();
        foreach (var rule in new[] { KeepRule.Any, KeepRule.Majority, KeepRule.All })
        {
            double total = 0;
            for (var i = 0; i < docs.Count; i++)
            {
                var spans = docs[i].Words.Select(w => (w.Start, w.Length)).ToArray();
                var labels = WordLabeler.Label(spans, ReferenceAligner.KeptCodePoints(train[i].Source, train[i].Reference), rule);
                var summary = SummaryDecoder.Summarize(docs[i], labels.Select(l => l ? 1.0 : 0.0).ToArray(), 20, 0.5, 0);
                total += Lcs.RougeLF1(summary, train[i].Reference);
            }

            means[rule] = total / docs.Count;
            output.WriteLine($"{rule}: {means[rule]:F4}");
        }

        Assert.True(means[KeepRule.Majority] >= 0.85, $"majority labels decode to {means[KeepRule.Majority]:F4}");
        Assert.True(means[KeepRule.Majority] >= means[KeepRule.Any] && means[KeepRule.Majority] >= means[KeepRule.All]);
    }
}
