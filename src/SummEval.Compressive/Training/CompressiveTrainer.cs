using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using SummEval.Compressive.Alignment;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Oracles;
using SummEval.Jieba.Keywords;
using SummEval.Text;

namespace SummEval.Compressive.Training;

/// <summary>
/// Learns a compressive model from (source, reference) pairs: align, label words, featurize, train the ML.NET
/// classifier on most documents, measure it and tune the decoder on the held-out rest, then (by default) refit
/// on every document with the tuned settings.
/// </summary>
public static class CompressiveTrainer
{
    /// <summary>Decoder thresholds tried by tuning and cross-validation.</summary>
    public static IReadOnlyList<double> ThresholdGrid { get; } = [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3];

    /// <summary>Decoder segment penalties tried by tuning and cross-validation.</summary>
    public static IReadOnlyList<double> PenaltyGrid { get; } = [0, 0.25, 0.5, 1, 1.5, 2, 3];

    /// <summary>A labelled, analysed training document.</summary>
    internal sealed record Prepared(AnalyzedDocument Document, bool[] Labels, string Reference, int Fold);

    /// <summary>Trains a model; <paramref name="trainingData"/> is recorded in its metadata.</summary>
    public static (CompressiveModel Model, TrainingReport Report) Train(
        IReadOnlyList<TrainingPair> pairs, TrainingOptions options, DocumentAnalyzer analyzer, IdfTable idf, string trainingData, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(idf);
        if (pairs.Count < 10)
        {
            throw new ArgumentException($"training needs at least 10 (source, reference) pairs; got {pairs.Count}.", nameof(pairs));
        }

        var clock = Stopwatch.StartNew();
        progress?.Report($"analysing {Quantity.Of(pairs.Count, "document")}");

        // Documents get a fold and a side (train / held out) from one seeded shuffle.
        var order = Enumerable.Range(0, pairs.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var heldOutCount = Math.Max(1, (int)Math.Round(pairs.Count * options.HoldOutFraction));
        var heldOut = new bool[pairs.Count];
        var fold = new int[pairs.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            heldOut[order[rank]] = rank < heldOutCount;
            fold[order[rank]] = rank % options.Folds;
        }

        var prepared = Prepare(pairs, fold, options, analyzer);
        var words = prepared.Sum(p => p.Labels.Length);
        var keptShare = (double)prepared.Sum(p => p.Labels.Count(l => l)) / Math.Max(1, words);
        var ml = new MLContext(options.Seed);

        // Decoder settings chosen beforehand (by cross-validation): one fit on every document, nothing held out.
        if (options.Threshold is { } fixedThreshold && options.SegmentPenalty is { } fixedPenalty)
        {
            progress?.Report($"training {options.Trainer} on {Quantity.Of(prepared.Length, "document")} (decoder settings fixed)");
            var (fixedModel, _) = FitModel(ml, prepared, options, idf, new ModelMetadata
            {
                Threshold = fixedThreshold,
                SegmentPenalty = fixedPenalty,
                TrainingData = trainingData,
                TrainingDocuments = pairs.Count,
                HeldOutAuc = double.NaN,
                HeldOutF1 = double.NaN,
                HeldOutRougeL = double.NaN,
            });
            clock.Stop();
            return (fixedModel, new TrainingReport(pairs.Count, words, keptShare, double.NaN, double.NaN, double.NaN, fixedThreshold, fixedPenalty, clock.Elapsed));
        }

        // Phase 1: train on the training side, measure and tune on the held-out side.
        var trainSide = prepared.Where((_, i) => !heldOut[i]).ToList();
        var heldSide = prepared.Where((_, i) => heldOut[i]).ToList();
        progress?.Report($"training {options.Trainer} on {Quantity.Of(trainSide.Count, "document")}");
        var (probe, classifier) = FitModel(ml, trainSide, options, idf, new ModelMetadata());
        var heldRows = heldSide.SelectMany(p => Rows(p, probe.Lexicon, idf)).ToList();
        var metrics = ml.BinaryClassification.Evaluate(classifier.Transform(ml.Data.LoadFromEnumerable(heldRows)));

        var heldScores = heldSide.Select(p => probe.Score(p.Document, idf)).ToList();
        progress?.Report("tuning the decoder on held-out documents");
        var (threshold, penalty, rouge) = Tune(heldSide, heldScores, options.TuningBudget, options.CutPenalty);

        var metadata = new ModelMetadata
        {
            Threshold = threshold,
            SegmentPenalty = penalty,
            TrainingDocuments = pairs.Count,
            TrainingData = trainingData,
            HeldOutAuc = metrics.AreaUnderRocCurve,
            HeldOutF1 = metrics.F1Score,
            HeldOutRougeL = rouge,
        };
        var model = probe.With(Complete(metadata, options));
        if (options.Refit)
        {
            progress?.Report($"refitting on all {Quantity.Of(prepared.Length, "document")}");
            (model, _) = FitModel(ml, prepared, options, idf, metadata);
        }

        clock.Stop();
        var report = new TrainingReport(pairs.Count, words, keptShare, metrics.AreaUnderRocCurve, metrics.F1Score, rouge, threshold, penalty, clock.Elapsed);
        return (model, report);
    }

    /// <summary>Analyses and labels every pair; <paramref name="fold"/> gives each its out-of-fold lexicon fold.</summary>
    internal static Prepared[] Prepare(IReadOnlyList<TrainingPair> pairs, int[] fold, TrainingOptions options, DocumentAnalyzer analyzer)
    {
        var prepared = new Prepared[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            // The summarizer analyses a Traditional Chinese source in simplified form: train on what it will see, and
            // align the reference in the same script.
            var text = AnalysisText.Of(pairs[i].Source);
            var reference = text.ShadowOf(pairs[i].Reference);
            var document = analyzer.Analyze(text.Shadow);
            var spans = document.Words.Select(w => (w.Start, w.Length)).ToArray();
            var labels = WordLabeler.Label(spans, ReferenceAligner.KeptCodePoints(text.Shadow, reference), options.KeepRule);
            prepared[i] = new Prepared(document, labels, reference, fold[i]);
        }

        return prepared;
    }

    /// <summary>Fits the classifier on <paramref name="documents"/> and wraps it with their lexicon and the settings.</summary>
    internal static (CompressiveModel Model, ITransformer Classifier) FitModel(
        MLContext ml, IReadOnlyList<Prepared> documents, TrainingOptions options, IdfTable idf, ModelMetadata metadata)
    {
        var lexicon = LexiconOf(documents);
        var classifier = Fit(ml, OutOfFoldRows(documents, lexicon, idf, options), options);
        return (new CompressiveModel(ml, classifier, lexicon.Pruned(options.LexiconMinCount), Complete(metadata, options)), classifier);
    }

    private static ModelMetadata Complete(ModelMetadata metadata, TrainingOptions options) => metadata with
    {
        FeatureSchemaVersion = WordFeatures.SchemaVersion,
        FeatureCount = WordFeatures.Count,
        Trainer = options.Trainer,
        Seed = options.Seed,
        KeepRule = options.KeepRule,
        CutPenalty = options.CutPenalty,
        LexiconMinCount = options.LexiconMinCount,
        Selection = options.Selection,
    };

    internal static KeepRateLexicon LexiconOf(IEnumerable<Prepared> documents) =>
        KeepRateLexicon.Build(documents.SelectMany(p => p.Document.Words.Select((w, i) => (w.Text, p.Labels[i]))));

    internal static IEnumerable<WordRow> Rows(Prepared p, KeepRateLexicon lexicon, IdfTable idf)
    {
        var features = WordFeatures.Extract(p.Document, idf, lexicon);
        for (var i = 0; i < features.Length; i++)
        {
            yield return new WordRow { Label = p.Labels[i], Features = features[i] };
        }
    }

    private static List<WordRow> OutOfFoldRows(IReadOnlyList<Prepared> documents, KeepRateLexicon all, IdfTable idf, TrainingOptions options)
    {
        // Each document's keep-rate features come from the other folds only, as they will at inference time.
        var rows = new List<WordRow>();
        for (var f = 0; f < options.Folds; f++)
        {
            var inFold = documents.Where(p => p.Fold == f).ToList();
            var lexicon = all.Minus(LexiconOf(inFold)).Pruned(options.LexiconMinCount);
            foreach (var p in inFold)
            {
                rows.AddRange(Rows(p, lexicon, idf));
            }
        }

        return rows;
    }

    private static ITransformer Fit(MLContext ml, List<WordRow> rows, TrainingOptions options)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        if (options.Trainer == TrainerKind.LightGbm)
        {
            var lightGbm = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                NumberOfIterations = options.Trees,
                NumberOfLeaves = options.Leaves,
                LearningRate = options.LearningRate,
                MinimumExampleCountPerLeaf = 20,
                Seed = options.Seed,
                Verbose = false,
                Silent = true,
            });
            return lightGbm.Fit(data);
        }

        var fastTree = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = 20,
            Seed = options.Seed,
        });
        return fastTree.Fit(data);
    }

    internal static (double Threshold, double Penalty, double RougeL) Tune(List<Prepared> documents, List<double[]> scores, int budget, double cutPenalty)
    {
        var best = (Threshold: 0.0, Penalty: 0.0, RougeL: -1.0);
        foreach (var threshold in ThresholdGrid)
        {
            foreach (var penalty in PenaltyGrid)
            {
                double total = 0;
                for (var d = 0; d < documents.Count; d++)
                {
                    var summary = SummaryDecoder.Summarize(documents[d].Document, scores[d], budget, threshold, penalty, cutPenalty);
                    total += Lcs.RougeLF1(summary, documents[d].Reference);
                }

                var mean = total / documents.Count;
                if (mean > best.RougeL + 1e-12)
                {
                    best = (threshold, penalty, mean);
                }
            }
        }

        return best;
    }
}
