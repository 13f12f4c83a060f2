using System.Text.Json;

namespace SummEval.Mt5.Model;

/// <summary>
/// The parts of a Hugging Face <c>config.json</c> that running an exported (m)T5 needs: architecture, sizes,
/// special ids, and the generation defaults older configs keep there.
/// </summary>
public sealed record Mt5Config
{
    /// <summary>model_type values accepted: the T5 family shares the ONNX interface.</summary>
    public static readonly IReadOnlyList<string> SupportedModelTypes = ["mt5", "t5"];

    public required string ModelType { get; init; }

    public required int VocabSize { get; init; }

    public required int NumHeads { get; init; }

    public required int DKv { get; init; }

    public required int DModel { get; init; }

    public required int NumDecoderLayers { get; init; }

    public int DecoderStartTokenId { get; init; }

    public int EosTokenId { get; init; } = 1;

    public int PadTokenId { get; init; }

    /// <summary>The raw JSON object, for generation defaults (<c>GenerationSettings</c>).</summary>
    public required JsonElement Json { get; init; }

    /// <summary>Reads and checks <paramref name="path"/>; errors name the file and the field.</summary>
    public static Mt5Config Load(string path)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Mt5ModelException($"{path}: not valid JSON ({e.Message}).", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Mt5ModelException($"{path}: expected a JSON object.");
        }

        var modelType = root.TryGetProperty("model_type", out var mt) && mt.ValueKind == JsonValueKind.String ? mt.GetString()! : null;
        if (modelType is null || !SupportedModelTypes.Contains(modelType, StringComparer.Ordinal))
        {
            var architectures = root.TryGetProperty("architectures", out var a) ? a.GetRawText() : "none";
            throw new Mt5ModelException(
                $"{path}, field 'model_type': '{modelType ?? "(missing)"}' (architectures {architectures}) is not an mT5/T5 encoder-decoder; " +
                $"this summarizer runs {string.Join(" or ", SupportedModelTypes)} models exported with Optimum.");
        }

        int Int(string field, int? fallback = null)
        {
            if (root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i))
            {
                return i;
            }

            return fallback ?? throw new Mt5ModelException($"{path}, field '{field}': missing or not a whole number.");
        }

        var numLayers = Int("num_layers");
        return new Mt5Config
        {
            ModelType = modelType,
            VocabSize = Int("vocab_size"),
            NumHeads = Int("num_heads"),
            DKv = Int("d_kv"),
            DModel = Int("d_model"),
            NumDecoderLayers = Int("num_decoder_layers", numLayers),
            DecoderStartTokenId = Int("decoder_start_token_id", 0),
            EosTokenId = Int("eos_token_id", 1),
            PadTokenId = Int("pad_token_id", 0),
            Json = root,
        };
    }
}
