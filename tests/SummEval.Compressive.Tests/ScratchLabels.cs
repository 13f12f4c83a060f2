using SummEval.Compressive.Alignment;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Extractive.Oracles;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Compressive.Tests;

public sealed class ScratchLabels(ITestOutputHelper output)
{
    [SharedFact]
    public void LabelCeiling()
    {
        var train = CslPairs.Read("train").Take(300).ToList();
        var docs = train.Select(p => DocumentAnalyzer.Default.Analyze(p.Source)).ToList();
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

            output.WriteLine($"{rule}: {total / docs.Count:F4}");
        }
    }
}
