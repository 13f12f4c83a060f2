using Microsoft.ML;
using SummEval.Compressive.Decoding;
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
            var (model, _) = CompressiveTrainer.FitModel(ml, fit, options, idf, new ModelMetadata());
            for (var i = 0; i < prepared.Length; i++)
            {
                if (outer[i] == f)
                {
                    probabilities[i] = model.Score(prepared[i].Document, idf);
                }
            }
        }

        var heldOut = prepared.Select((p, i) => new HeldOutDocument(sets[datasetOf[i]].Name, p.Document, p.Reference, probabilities[i])).ToList();
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

/// <summary>One named dataset of training pairs.</summary>
/// <param name="Name">How reports name it (e.g. <c>csl:train</c>).</param>
/// <param name="Pairs">Its (source, reference) pairs.</param>
public sealed record TrainingSet(string Name, IReadOnlyList<TrainingPair> Pairs);

/// <summary>The decoder's settings (<see cref="ModelMetadata.Threshold"/>, segment and cut penalties).</summary>
/// <param name="Threshold">Keep probability a word must beat.</param>
/// <param name="Penalty">Cost of each segment.</param>
/// <param name="Cut">Cost of cutting into a phrase.</param>
public sealed record DecoderSettings(double Threshold, double Penalty, double Cut);

/// <summary>Held-out quality on one dataset: mean character ROUGE-L F1 (<see cref="Lcs.RougeLF1"/>) and mean length.</summary>
/// <param name="Dataset">The dataset's name.</param>
/// <param name="RougeL">Mean ROUGE-L F1 of the held-out summaries.</param>
/// <param name="MeanChars">Mean summary length in code points.</param>
public sealed record DatasetScore(string Dataset, double RougeL, double MeanChars);

/// <summary>Held-out quality of one decoder setting on every dataset.</summary>
/// <param name="Settings">The decoder settings.</param>
/// <param name="PerDataset">One score per dataset, in input order.</param>
public sealed record DecoderScore(DecoderSettings Settings, IReadOnlyList<DatasetScore> PerDataset)
{
    /// <summary>The mean over datasets (each dataset weighs the same, whatever its size).</summary>
    public double MacroRougeL => PerDataset.Average(d => d.RougeL);
}

/// <summary>A document held out by a fold, with the keep probabilities of the model that did not see it.</summary>
/// <param name="Dataset">Its dataset's name.</param>
/// <param name="Document">The analysed source.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Probabilities">Keep probability per word.</param>
public sealed record HeldOutDocument(string Dataset, AnalyzedDocument Document, string Reference, double[] Probabilities)
{
    /// <summary>The summary this document gets with <paramref name="settings"/> at <paramref name="budget"/>.</summary>
    public string Summarize(DecoderSettings settings, int budget)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SummaryDecoder.Summarize(Document, Probabilities, budget, settings.Threshold, settings.Penalty, settings.Cut);
    }
}

/// <summary>What <see cref="CrossValidator.Run"/> measured: every held-out document and the decoder grid's scores.</summary>
/// <param name="HeldOut">Every document, as its fold held it out.</param>
/// <param name="Grid">Held-out scores per decoder setting.</param>
public sealed record CrossValidationResult(IReadOnlyList<HeldOutDocument> HeldOut, IReadOnlyList<DecoderScore> Grid)
{
    /// <summary>
    /// The setting with the best macro ROUGE-L among those whose mean length reaches <paramref name="minMeanChars"/> on
    /// every dataset (the best overall when none does).
    /// </summary>
    public DecoderScore Best(double minMeanChars = 0)
    {
        var eligible = Grid.Where(g => g.PerDataset.All(d => d.MeanChars >= minMeanChars)).ToList();
        return (eligible.Count > 0 ? eligible : Grid).OrderByDescending(g => g.MacroRougeL).First();
    }
}
