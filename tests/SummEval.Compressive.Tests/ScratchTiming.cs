using System.Diagnostics;
using SummEval.Compressive.Features;
using SummEval.Compressive.Training;
using SummEval.Compressive.Decoding;
using SummEval.Jieba.Keywords;
using SummEval.Jieba.PosTagging;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Compressive.Tests;

public sealed class ScratchTiming(ITestOutputHelper output)
{
    [SharedFact]
    public void Timing()
    {
        var train = CslPairs.Read("train").Take(300).ToList();
        var idf = TfidfKeywordExtractor.Default.Idf;
        var a = DocumentAnalyzer.Default;
        a.Analyze(train[0].Source);
        var sw = Stopwatch.StartNew();
        foreach (var p in train) { PosTagger.Default.Cut(p.Source); }
        output.WriteLine($"tag {sw.Elapsed.TotalMilliseconds / train.Count:F3} ms/doc"); sw.Restart();
        foreach (var p in train) { TextRankKeywordExtractor.Default.Extract(p.Source, null); }
        output.WriteLine($"kw {sw.Elapsed.TotalMilliseconds / train.Count:F3} ms/doc"); sw.Restart();
        var docs = train.Select(p => a.Analyze(p.Source)).ToList();
        output.WriteLine($"analyze {sw.Elapsed.TotalMilliseconds / train.Count:F3} ms/doc"); sw.Restart();
        var feats = docs.Select(d => WordFeatures.Extract(d, idf, KeepRateLexicon.Empty)).ToList();
        output.WriteLine($"features {sw.Elapsed.TotalMilliseconds / train.Count:F3} ms/doc"); sw.Restart();
        var opts = new TrainingOptions { Refit = false };
        var (model, report) = CompressiveTrainer.Train(train, opts, a, idf, "x");
        output.WriteLine($"train {report}"); sw.Restart();
        var scores = feats.Select(f => model.Score(f)).ToList();
        output.WriteLine($"score {sw.Elapsed.TotalMilliseconds / train.Count:F3} ms/doc"); sw.Restart();
        for (var i = 0; i < docs.Count; i++) { SummaryDecoder.Summarize(docs[i], scores[i], 20, 0.2, 1); }
        output.WriteLine($"decode {sw.Elapsed.TotalMilliseconds / train.Count:F3} ms/doc"); sw.Restart();
    }
}
