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

        progress?.Report($"analysing {Quantity.Of(pairs.Count, "document")}");
        var prepared = CompressiveTrainer.Prepare(pairs, inner, options, analyzer);
        var probabilities = new double[pairs.Count][];
        for (var f = 0; f < folds; f++)
        {
            var fit = prepared.Where((_, i) => outer[i] != f).ToList();
            progress?.Report($"fold {f + 1}/{folds}: training on {Quantity.Of(fit.Count, "document")}");
            var ml = new MLContext(options.Seed);
            var (model, _) = CompressiveTrainer.FitModel(ml, fit, options, idf, new ModelMetadata());
            for (var i = 0; i < prepared.Length; i++)
            {
                if (outer[i] == f)
                {
                    probabilities[i] = model.Score(prepared[i].Document, idf);
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
