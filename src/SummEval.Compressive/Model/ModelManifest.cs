using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using SummEval.Compressive.Training;

namespace SummEval.Compressive.Model;

/// <summary>
/// What a shipped model was made from (written beside it by <c>summeval train compressive --manifest</c>): the data
/// (names, pair counts, SHA-256 of the pairs), the training options and seed, the SummEval version and the model's
/// own SHA-256, so anyone can retrain it and compare bytes.
/// </summary>
public sealed record ModelManifest
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>SummEval version that trained the model.</summary>
    public string SummEvalVersion { get; init; } = "";

    /// <summary>The feature schema of the model.</summary>
    public int FeatureSchemaVersion { get; init; }

    /// <summary>The command that retrains it (data names as given).</summary>
    public string Command { get; init; } = "";

    /// <summary>Every training set, in the order given.</summary>
    public IReadOnlyList<ManifestData> Data { get; init; } = [];

    /// <summary>The training options (seed included).</summary>
    public TrainingOptions Options { get; init; } = new();

    /// <summary>SHA-256 (lower-case hex) of the model file.</summary>
    public string ModelSha256 { get; init; } = "";

    /// <summary>Size of the model file in bytes.</summary>
    public long ModelBytes { get; init; }

    /// <summary>A manifest for <paramref name="modelBytes"/> trained from <paramref name="sets"/> with <paramref name="options"/>.</summary>
    public static ModelManifest Create(byte[] modelBytes, IReadOnlyList<TrainingSet> sets, TrainingOptions options, string command)
    {
        ArgumentNullException.ThrowIfNull(modelBytes);
        ArgumentNullException.ThrowIfNull(sets);
        var version = typeof(ModelManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        return new ModelManifest
        {
            SummEvalVersion = version.Split('+')[0],
            FeatureSchemaVersion = Features.WordFeatures.SchemaVersion,
            Command = command,
            Data = [.. sets.Select(s => new ManifestData(s.Name, s.Pairs.Count, s.Sha256()))],
            Options = options,
            ModelSha256 = Convert.ToHexStringLower(SHA256.HashData(modelBytes)),
            ModelBytes = modelBytes.LongLength,
        };
    }

    /// <summary>The manifest as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Reads a manifest; <paramref name="origin"/> names it in errors.</summary>
    public static ModelManifest Parse(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(json, Json) ?? throw new InvalidDataException($"{origin}: empty manifest.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not a model manifest ({e.Message}).", e);
        }
    }
}

/// <summary>One training set of a <see cref="ModelManifest"/>.</summary>
/// <param name="Name">The name or file given to <c>--train</c>.</param>
/// <param name="Pairs">Number of (source, reference) pairs.</param>
/// <param name="Sha256">See <see cref="TrainingSet.Sha256"/>.</param>
public sealed record ManifestData(string Name, int Pairs, string Sha256);
