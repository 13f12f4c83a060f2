using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using SummEval.Compressive.Features;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;

namespace SummEval.Compressive.Model;

/// <summary>
/// A trained compressive model: the ML.NET word classifier, the keep-rate lexicon its features use, and the
/// decoder settings. Saved as one zip holding <c>classifier.zip</c> (ML.NET), <c>metadata.json</c> and <c>lexicon.tsv</c>.
/// </summary>
public sealed class CompressiveModel
{
    private const string ClassifierEntry = "classifier.zip";
    private const string MetadataEntry = "metadata.json";
    private const string LexiconEntry = "lexicon.tsv";

    // Fixed entry times: the same model gives the same container bytes.
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },

        // A model trained with fixed decoder settings has no held-out figures (NaN).
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly MLContext _ml;
    private readonly ITransformer _classifier;
    private readonly ConcurrentBag<PredictionEngine<WordRow, WordScore>> _engines = [];
    private readonly TreeEnsembleScorer? _scorer;

    /// <summary>Wraps a trained classifier with its lexicon and settings.</summary>
    public CompressiveModel(MLContext ml, ITransformer classifier, KeepRateLexicon lexicon, ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(metadata);
        _ml = ml;
        _classifier = classifier;
        _scorer = TreeEnsembleScorer.TryCreate(classifier);
        Lexicon = lexicon;
        Metadata = metadata;
    }

    /// <summary>Decoder settings and training facts.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>The learned keep rates.</summary>
    public KeepRateLexicon Lexicon { get; }

    /// <summary>A copy with other decoder settings (e.g. a penalty given on the command line).</summary>
    public CompressiveModel With(ModelMetadata metadata) => new(_ml, _classifier, Lexicon, metadata);

    /// <summary>The classifier's keep probability for every word of <paramref name="document"/>.</summary>
    public double[] Score(AnalyzedDocument document, IdfTable idf)
    {
        var features = WordFeatures.Extract(document, idf, Lexicon);
        return Score(features);
    }

    /// <summary>The classifier's keep probability for each feature vector.</summary>
    public double[] Score(float[][] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return _scorer is null ? ScoreWithEngine(features) : _scorer.Probabilities(features);
    }

    /// <summary>Whether <see cref="Score(float[][])"/> walks the trees itself rather than calling ML.NET's prediction engine.</summary>
    internal bool ScoresTreesDirectly => _scorer is not null;

    /// <summary>The keep probabilities from ML.NET's prediction engine (what the direct scorer must equal, bit for bit).</summary>
    internal double[] ScoreWithEngine(float[][] features)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<WordRow, WordScore>(_classifier);
        }

        try
        {
            var scores = new double[features.Length];
            var row = new WordRow();
            var output = new WordScore();
            for (var i = 0; i < features.Length; i++)
            {
                row.Features = features[i];
                engine.Predict(row, ref output);
                scores[i] = output.Probability;
            }

            return scores;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>Writes the model container to <paramref name="path"/> (folders created as needed).</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // Write beside and move, so a crash never leaves a half-written model where a reader expects one.
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        {
            Save(file);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes the model container to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var classifier = new MemoryStream())
        {
            var schema = _ml.Data.LoadFromEnumerable(Array.Empty<WordRow>()).Schema;
            _ml.Model.Save(_classifier, schema, classifier);
            WriteEntry(zip, ClassifierEntry, Normalize(classifier));
        }

        WriteEntry(zip, MetadataEntry, JsonSerializer.SerializeToUtf8Bytes(Metadata, Json));
        using var lexicon = new StringWriter();
        Lexicon.Write(lexicon);
        WriteEntry(zip, LexiconEntry, System.Text.Encoding.UTF8.GetBytes(lexicon.ToString()));
    }

    /// <summary>Loads a model saved by <see cref="Save(string)"/>; a bad or incompatible file is an error naming it.</summary>
    public static CompressiveModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"compressive model not found: {path}", path);
        }

        using var file = File.OpenRead(path);
        return Load(file, path);
    }

    /// <summary>Loads a model container from <paramref name="stream"/>; <paramref name="origin"/> names it in errors.</summary>
    public static CompressiveModel Load(Stream stream, string origin)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{origin}: not a compressive model (not a zip file).", e);
        }

        using (zip)
        {
            var metadata = JsonSerializer.Deserialize<ModelMetadata>(ReadEntry(zip, MetadataEntry, origin), Json)
                ?? throw new InvalidDataException($"{origin}: {MetadataEntry} is empty.");
            if (metadata.FeatureSchemaVersion != WordFeatures.SchemaVersion || metadata.FeatureCount != WordFeatures.Count)
            {
                throw new InvalidDataException(
                    $"{origin}: trained on feature schema {metadata.FeatureSchemaVersion} ({metadata.FeatureCount} features); this build uses " +
                    $"{WordFeatures.SchemaVersion} ({WordFeatures.Count}). Retrain with `summeval train compressive`.");
            }

            KeepRateLexicon lexicon;
            using (var reader = new StreamReader(new MemoryStream(ReadEntry(zip, LexiconEntry, origin)), System.Text.Encoding.UTF8))
            {
                lexicon = KeepRateLexicon.Read(reader, $"{origin}!{LexiconEntry}");
            }

            var ml = new MLContext(metadata.Seed);
            using var classifierStream = new MemoryStream(ReadEntry(zip, ClassifierEntry, origin));
            var classifier = ml.Model.Load(classifierStream, out _);
            return new CompressiveModel(ml, classifier, lexicon, metadata);
        }
    }

    // ML.NET stamps its zip entries with the current time; rewriting them with a fixed time makes equal models
    // equal files (the entry contents themselves are deterministic).
    private static byte[] Normalize(MemoryStream mlNetZip)
    {
        mlNetZip.Position = 0;
        using var input = new ZipArchive(mlNetZip, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new MemoryStream();
        using (var rewritten = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var content = entry.Open();
                using var buffer = new MemoryStream();
                content.CopyTo(buffer);
                WriteEntry(rewritten, entry.FullName, buffer.ToArray());
            }
        }

        return output.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var output = entry.Open();
        output.Write(bytes);
    }

    private static byte[] ReadEntry(ZipArchive zip, string name, string origin)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{origin}: not a compressive model ({name} is missing).");
        using var input = entry.Open();
        using var memory = new MemoryStream();
        input.CopyTo(memory);
        return memory.ToArray();
    }
}
