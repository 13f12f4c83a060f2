using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using SummEval.Compressive.Features;
using SummEval.Jieba.Keywords;

namespace SummEval.Compressive.Training;

/// <summary>
/// Experiment only (issue 13, sixth round; reverted after measuring): second learners fitted on the same out-of-fold
/// word rows as FastTree in every cross-validation fold, and soft labels (the share of a word's characters aligned).
/// <c>SUMMEVAL_EXPERIMENT_LEARNERS</c> lists them (comma separated): <c>ff</c> (FastForest + Platt), <c>gam</c>,
/// <c>lr</c> (mean-variance normalisation + L-BFGS logistic regression), <c>softreg</c> (FastTree regression on the
/// share, clipped), <c>softbin</c> (FastTree binary, a partly aligned word as a positive and a negative row weighted by
/// its share).
/// </summary>
public static class ExperimentLearners
{
    /// <summary>Held-out probabilities per learner, filled by <see cref="CrossValidator.Run"/> when the variable is set.</summary>
    public static Dictionary<string, double[][]> HeldOut { get; } = [];

    /// <summary>Seconds spent fitting each learner, over all folds.</summary>
    public static Dictionary<string, double> FitSeconds { get; } = [];

    /// <summary>The learners the environment asks for.</summary>
    public static IReadOnlyList<string> Requested =>
        (Environment.GetEnvironmentVariable("SUMMEVAL_EXPERIMENT_LEARNERS") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static double Setting(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    /// <summary>One word row with its hard label, its aligned share and a weight.</summary>
    public sealed class Row
    {
        /// <summary>Majority label.</summary>
        public bool Label { get; set; }

        /// <summary>Share of the word's characters aligned to the reference.</summary>
        public float Soft { get; set; }

        /// <summary>Example weight.</summary>
        public float Weight { get; set; } = 1;

        /// <summary>The word's features.</summary>
        [VectorType(WordFeatures.Count)]
        public float[] Features { get; set; } = [];
    }

    /// <summary>Aligned share per word of every prepared document.</summary>
    internal static float[] Shares(CompressiveTrainer.Prepared p)
    {
        var kept = Alignment.ReferenceAligner.KeptCodePoints(p.Document.Source, p.Reference);
        var shares = new float[p.Document.Words.Count];
        for (var w = 0; w < shares.Length; w++)
        {
            var word = p.Document.Words[w];
            var aligned = 0;
            for (var i = word.Start; i < word.Start + word.Length && i < kept.Length; i++)
            {
                aligned += kept[i] ? 1 : 0;
            }

            shares[w] = word.Length == 0 || string.IsNullOrWhiteSpace(word.Text) ? 0 : (float)aligned / word.Length;
        }

        return shares;
    }

    /// <summary>The same out-of-fold rows FastTree is fitted on (<see cref="CompressiveTrainer.FitModel"/>), with shares.</summary>
    internal static List<Row> Rows(IReadOnlyList<CompressiveTrainer.Prepared> documents, Func<CompressiveTrainer.Prepared, float[]> shares, IdfTable idf, TrainingOptions options)
    {
        var all = CompressiveTrainer.LexiconOf(documents);
        var rows = new List<Row>();
        for (var f = 0; f < options.Folds; f++)
        {
            var inFold = documents.Where(p => p.Fold == f).ToList();
            var lexicon = all.Minus(CompressiveTrainer.LexiconOf(inFold)).Pruned(options.LexiconMinCount);
            foreach (var p in inFold)
            {
                var features = WordFeatures.Extract(p.Document, idf, lexicon);
                var share = shares(p);
                for (var i = 0; i < features.Length; i++)
                {
                    rows.Add(new Row { Label = p.Labels[i], Soft = share[i], Features = features[i] });
                }
            }
        }

        return rows;
    }

    /// <summary>Fits <paramref name="learner"/> on <paramref name="rows"/> and returns a scorer of feature rows.</summary>
    internal static Func<float[][], double[]> Fit(string learner, MLContext ml, List<Row> rows, TrainingOptions options)
    {
        var clock = Stopwatch.StartNew();
        ITransformer model;
        var column = "Probability";
        switch (learner)
        {
            case "ff":
                var forest = ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
                {
                    NumberOfThreads = 1,
                    NumberOfTrees = Setting("SUMMEVAL_EXPERIMENT_FF_TREES", 100),
                    NumberOfLeaves = Setting("SUMMEVAL_EXPERIMENT_FF_LEAVES", 31),
                    FeatureFraction = Setting("SUMMEVAL_EXPERIMENT_FF_FEATURES", 0.5),
                    MinimumExampleCountPerLeaf = 20,
                    Seed = options.Seed,
                });
                model = forest.Append(ml.BinaryClassification.Calibrators.Platt()).Fit(ml.Data.LoadFromEnumerable(rows));
                break;
            case "gam":
                model = ml.BinaryClassification.Trainers.Gam(new GamBinaryTrainer.Options
                {
                    NumberOfThreads = 1,
                    NumberOfIterations = Setting("SUMMEVAL_EXPERIMENT_GAM_ITERATIONS", 200),
                    LearningRate = Setting("SUMMEVAL_EXPERIMENT_GAM_LR", 0.05),
                    MaximumBinCountPerFeature = 64,
                    Seed = options.Seed,
                }).Fit(ml.Data.LoadFromEnumerable(rows));
                break;
            case "lr":
                model = ml.Transforms.NormalizeMeanVariance("Features")
                    .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                    {
                        NumberOfThreads = 1,
                        L2Regularization = 1,
                        MaximumNumberOfIterations = Setting("SUMMEVAL_EXPERIMENT_LR_ITERATIONS", 100),
                    }))
                    .Fit(ml.Data.LoadFromEnumerable(rows));
                break;
            case "ftbag":
                // A second boosted model made diverse by row bagging and feature sampling (the fifth round's seed
                // ensemble differed only in its inner lexicon folds).
                model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                {
                    NumberOfThreads = 1,
                    NumberOfTrees = Setting("SUMMEVAL_EXPERIMENT_BAG_TREES", options.Trees),
                    NumberOfLeaves = options.Leaves,
                    LearningRate = options.LearningRate,
                    MinimumExampleCountPerLeaf = 20,
                    FeatureFraction = 0.5,
                    BaggingSize = 1,
                    BaggingExampleFraction = 0.7,
                    Seed = options.Seed + 1,
                }).Fit(ml.Data.LoadFromEnumerable(rows));
                break;
            case "softreg":
                column = "Score";
                model = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
                {
                    LabelColumnName = nameof(Row.Soft),
                    NumberOfThreads = 1,
                    NumberOfTrees = options.Trees,
                    NumberOfLeaves = options.Leaves,
                    LearningRate = options.LearningRate,
                    MinimumExampleCountPerLeaf = 20,
                    Seed = options.Seed,
                }).Fit(ml.Data.LoadFromEnumerable(rows));
                break;
            case "softbin":
                // A partly aligned word counts as kept with weight share and dropped with weight 1 − share: the
                // binary log loss of the soft target.
                var weighted = new List<Row>(rows.Count + (rows.Count / 10));
                foreach (var r in rows)
                {
                    if (r.Soft is > 0 and < 1)
                    {
                        weighted.Add(new Row { Label = true, Soft = r.Soft, Weight = r.Soft, Features = r.Features });
                        weighted.Add(new Row { Label = false, Soft = r.Soft, Weight = 1 - r.Soft, Features = r.Features });
                    }
                    else
                    {
                        weighted.Add(new Row { Label = r.Soft >= 1, Soft = r.Soft, Features = r.Features });
                    }
                }

                model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                {
                    ExampleWeightColumnName = nameof(Row.Weight),
                    NumberOfThreads = 1,
                    NumberOfTrees = options.Trees,
                    NumberOfLeaves = options.Leaves,
                    LearningRate = options.LearningRate,
                    MinimumExampleCountPerLeaf = 20,
                    Seed = options.Seed,
                }).Fit(ml.Data.LoadFromEnumerable(weighted));
                break;
            default:
                throw new ArgumentException($"SUMMEVAL_EXPERIMENT_LEARNERS: unknown learner '{learner}' (ff, gam, lr, softreg, softbin).");
        }

        FitSeconds[learner] = FitSeconds.GetValueOrDefault(learner) + clock.Elapsed.TotalSeconds;
        return features =>
        {
            var data = ml.Data.LoadFromEnumerable(features.Select(f => new Row { Features = f }));
            var scores = model.Transform(data).GetColumn<float>(column).ToArray();
            return scores.Select(s => Math.Clamp((double)s, 0, 1)).ToArray();
        };
    }
}
