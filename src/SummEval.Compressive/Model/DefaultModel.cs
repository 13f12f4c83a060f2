using SummEval.Compressive.Features;
using SummEval.Compressive.Training;
using SummEval.Datasets;
using SummEval.Jieba.Keywords;

namespace SummEval.Compressive.Model;

/// <summary>
/// The model used when none is named: cached in the data folder (<c>&lt;data&gt;/models/compressive.zip</c>), trained
/// from <c>csl:train</c> on first use when the cache is missing or was made by an older feature schema.
/// </summary>
public static class DefaultModel
{
    /// <summary>The dataset the default model is trained on.</summary>
    public const string TrainingDataset = "csl:train";

    /// <summary>Where the default model is cached.</summary>
    public static string CachePath(string? dataDirectory = null) =>
        Path.Combine(DataFolder.Resolve(dataDirectory), "models", "compressive.zip");

    /// <summary>Loads the cached model, or trains, caches and returns one; fails saying how to get training data.</summary>
    public static CompressiveModel LoadOrTrain(string? dataDirectory = null, IProgress<string>? progress = null)
    {
        var path = CachePath(dataDirectory);
        if (File.Exists(path))
        {
            try
            {
                return CompressiveModel.Load(path);
            }
            catch (InvalidDataException e)
            {
                progress?.Report($"cached model {path} is unusable ({e.Message}); retraining");
            }
        }

        Dataset dataset;
        try
        {
            dataset = DatasetLoader.Load(TrainingDataset, new DatasetLoadOptions { DataDirectory = dataDirectory });
        }
        catch (DatasetException e)
        {
            throw new InvalidOperationException(
                $"compressive: no model given (model=PATH) and none cached at {path}, and the training data is missing ({e.Message}). " +
                "Get it with `summeval data pull csl`, then train with `summeval train compressive --train csl:train` " +
                "(or let the first use train it).", e);
        }

        var pairs = dataset.Documents.Where(d => d.References.Count > 0).Select(d => new TrainingPair(d.Source, d.References[0])).ToList();
        progress?.Report($"training the default compressive model on {TrainingDataset} ({pairs.Count} pairs)");
        var (model, _) = CompressiveTrainer.Train(pairs, new TrainingOptions(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, TrainingDataset, progress);
        model.Save(path);
        return model;
    }
}
