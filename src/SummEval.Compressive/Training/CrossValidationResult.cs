using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Extractive.Oracles;

namespace SummEval.Compressive.Training;

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
/// <param name="Labels">Per word, whether it is in the reference alignment (null when unknown).</param>
public sealed record HeldOutDocument(string Dataset, AnalyzedDocument Document, string Reference, double[] Probabilities, bool[]? Labels = null)
{
    /// <summary>The summary this document gets with <paramref name="settings"/> at <paramref name="budget"/>.</summary>
    public string Summarize(DecoderSettings settings, int budget)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SummaryDecoder.Summarize(Document, Probabilities, budget, settings.Threshold, settings.Penalty, settings.Cut);
    }

    /// <summary>The summary this document gets with candidate <paramref name="selection"/> at <paramref name="budget"/>.</summary>
    public string Summarize(CandidateSelection selection, int budget) => SummaryDecoder.Summarize(Document, Probabilities, budget, selection);
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

    /// <summary>Held-out word AUC of <paramref name="dataset"/>'s documents (NaN without labels).</summary>
    public double WordAucOf(string dataset) => WordAuc.Of(HeldOut
        .Where(d => d.Dataset == dataset && d.Labels is not null)
        .SelectMany(d => d.Probabilities.Zip(d.Labels!, (p, l) => (p, l))));
}
