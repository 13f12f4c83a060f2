using Microsoft.ML;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Extractive.Oracles;
using SummEval.Jieba.Keywords;
using SummEval.Text;

namespace SummEval.Compressive.Training;

/// <summary>
/// K-fold cross-validation of the compressive trainer over several datasets, grouped by dataset: every fold holds out
/// a seeded 1/k of each dataset, the classifier is fitted on the rest, and the held-out documents' keep probabilities
/// are decoded over a grid of decoder settings, so features, trees and decoder settings are all chosen on held-out
/// documents of every field, never on a test set.
/// </summary>
public static class CrossValidator
{
    /// <summary>Runs <paramref name="folds"/>-fold cross-validation; <paramref name="cutGrid"/> defaults to the options' cut.</summary>
    public static CrossValidationResult Run(
        IReadOnlyList<TrainingSet> sets, int folds, TrainingOptions options, DocumentAnalyzer analyzer, IdfTable idf,
        IReadOnlyList<double>? cutGrid = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(idf);
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "cross-validation needs at least 2 folds.");
        }

        // Outer folds per dataset (each fold holds 1/k of every dataset); inner lexicon folds from a second shuffle.
        var pairs = new List<TrainingPair>();
        var datasetOf = new List<int>();
        var outer = new List<int>();
        for (var s = 0; s < sets.Count; s++)
        {
            var order = Enumerable.Range(0, sets[s].Pairs.Count).ToArray();
            new Random(options.Seed + (1000 * s)).Shuffle(order);
            var foldOf = new int[order.Length];
            for (var rank = 0; rank < order.Length; rank++)
            {
                foldOf[order[rank]] = rank % folds;
            }

            pairs.AddRange(sets[s].Pairs);
            datasetOf.AddRange(Enumerable.Repeat(s, order.Length));
            outer.AddRange(foldOf);
        }

        var innerOrder = Enumerable.Range(0, pairs.Count).ToArray();
        new Random(options.Seed).Shuffle(innerOrder);
        var inner = new int[pairs.Count];
        for (var rank = 0; rank < innerOrder.Length; rank++)
        {
            inner[innerOrder[rank]] = rank % options.Folds;
        }

        progress?.Report($"analysing {pairs.Count} documents");
        var prepared = CompressiveTrainer.Prepare(pairs, inner, options, analyzer);
        var probabilities = new double[pairs.Count][];
        for (var f = 0; f < folds; f++)
        {
            var fit = prepared.Where((_, i) => outer[i] != f).ToList();
            progress?.Report($"fold {f + 1}/{folds}: training on {fit.Count} documents");
            var ml = new MLContext(options.Seed);
            // Experiment (seed ensemble): two models of N trees each, the second with seed + 1 and its own inner
            // lexicon folds, probabilities averaged.
            var ensembleTrees = int.TryParse(Environment.GetEnvironmentVariable("SUMMEVAL_EXPERIMENT_ENSEMBLE"), out var n) ? n : 0;
            var first = ensembleTrees > 0 ? options with { Trees = ensembleTrees } : options;
            var (model, _) = CompressiveTrainer.FitModel(ml, fit, first, idf, new ModelMetadata());
            CompressiveModel? second = null;
            if (ensembleTrees > 0)
            {
                var secondOptions = first with { Seed = options.Seed + 1 };
                var reorder = Enumerable.Range(0, fit.Count).ToArray();
                new Random(secondOptions.Seed).Shuffle(reorder);
                var refolded = new CompressiveTrainer.Prepared[fit.Count];
                for (var rank = 0; rank < reorder.Length; rank++)
                {
                    refolded[reorder[rank]] = fit[reorder[rank]] with { Fold = rank % options.Folds };
                }

                (second, _) = CompressiveTrainer.FitModel(new MLContext(secondOptions.Seed), refolded, secondOptions, idf, new ModelMetadata());
            }

            for (var i = 0; i < prepared.Length; i++)
            {
                if (outer[i] == f)
                {
                    probabilities[i] = model.Score(prepared[i].Document, idf);
                    if (second is not null)
                    {
                        var other = second.Score(prepared[i].Document, idf);
                        for (var w = 0; w < other.Length; w++)
                        {
                            probabilities[i][w] = (probabilities[i][w] + other[w]) / 2;
                        }
                    }
                }
            }
        }

        var heldOut = prepared.Select((p, i) => new HeldOutDocument(sets[datasetOf[i]].Name, p.Document, p.Reference, probabilities[i], p.Labels)).ToList();
        progress?.Report("decoding held-out documents over the decoder grid");
        var grid = new List<DecoderScore>();
        foreach (var cut in cutGrid ?? [options.CutPenalty])
        {
            foreach (var threshold in CompressiveTrainer.ThresholdGrid)
            {
                foreach (var penalty in CompressiveTrainer.PenaltyGrid)
                {
                    var settings = new DecoderSettings(threshold, penalty, cut);
                    var perDataset = sets.Select(set =>
                    {
                        var documents = heldOut.Where(d => d.Dataset == set.Name).ToList();
                        var summaries = documents.Select(d => d.Summarize(settings, options.TuningBudget)).ToList();
                        return new DatasetScore(
                            set.Name,
                            summaries.Select((s, j) => Lcs.RougeLF1(s, documents[j].Reference)).Average(),
                            summaries.Average(s => (double)TextLength.Chars(s)));
                    }).ToList();
                    grid.Add(new DecoderScore(settings, perDataset));
                }
            }
        }

        return new CrossValidationResult(heldOut, grid);
    }
}
