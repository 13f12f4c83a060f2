using System.Text.Json;

namespace SummEval.Mt5.Model;

/// <summary>
/// A folder written by <c>optimum-cli export onnx --task text2text-generation-with-past</c>: the encoder, the
/// decoder pair and/or the merged decoder, <c>config.json</c>, optional <c>generation_config.json</c> and the
/// SentencePiece <c>spiece.model</c>. Discovery only checks files; sessions are opened by <see cref="Mt5Sessions"/>.
/// </summary>
public sealed class Mt5ModelFolder
{
    public const string EncoderFile = "encoder_model.onnx";
    public const string DecoderFile = "decoder_model.onnx";
    public const string DecoderWithPastFile = "decoder_with_past_model.onnx";
    public const string MergedDecoderFile = "decoder_model_merged.onnx";
    public const string ConfigFile = "config.json";
    public const string GenerationConfigFile = "generation_config.json";
    public const string SentencePieceFile = "spiece.model";

    private Mt5ModelFolder(string path, Mt5Config config, JsonElement? generationConfig)
    {
        Path = path;
        Config = config;
        GenerationConfig = generationConfig;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The parsed <c>config.json</c>.</summary>
    public Mt5Config Config { get; }

    /// <summary>The parsed <c>generation_config.json</c>, or null when the folder has none.</summary>
    public JsonElement? GenerationConfig { get; }

    /// <summary>True when the decoder pair (without and with past) is present.</summary>
    public bool HasDecoderPair => Exists(DecoderFile) && Exists(DecoderWithPastFile);

    /// <summary>True when the merged decoder is present.</summary>
    public bool HasMergedDecoder => Exists(MergedDecoderFile);

    /// <summary>The full path of a file in the folder.</summary>
    public string FileOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Opens <paramref name="path"/>, checking the layout; errors say what is missing and how to export it.</summary>
    public static Mt5ModelFolder Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new Mt5ModelException(File.Exists(full)
                ? $"Model path '{full}' is a file; give the folder Optimum exported (holding {EncoderFile}, {DecoderFile}, ...)."
                : $"Model folder '{full}' does not exist.");
        }

        var configPath = System.IO.Path.Combine(full, ConfigFile);
        if (!File.Exists(configPath))
        {
            throw new Mt5ModelException($"Model folder '{full}' has no {ConfigFile}: " + ExportHint);
        }

        var config = Mt5Config.Load(configPath);
        var probe = new Mt5ModelFolder(full, config, null);
        if (!probe.Exists(EncoderFile))
        {
            var onnx = Directory.EnumerateFiles(full, "*.onnx").Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            throw new Mt5ModelException(
                $"Model folder '{full}' has no {EncoderFile} (found: {(onnx.Count == 0 ? "no .onnx files" : string.Join(", ", onnx))}); " +
                "expected Optimum's seq2seq layout. " + ExportHint);
        }

        if (!probe.HasDecoderPair && !probe.HasMergedDecoder)
        {
            var missing = new[] { DecoderFile, DecoderWithPastFile }.Where(f => !probe.Exists(f));
            throw new Mt5ModelException(
                $"Model folder '{full}' has no usable decoder: {MergedDecoderFile} is absent and so is {string.Join(" and ", missing)}. " + ExportHint);
        }

        if (!File.Exists(System.IO.Path.Combine(full, SentencePieceFile)))
        {
            throw new Mt5ModelException($"Model folder '{full}' has no {SentencePieceFile} (the SentencePiece tokenizer Optimum copies from the model).");
        }

        JsonElement? generation = null;
        var generationPath = System.IO.Path.Combine(full, GenerationConfigFile);
        if (File.Exists(generationPath))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(generationPath));
                generation = doc.RootElement.ValueKind == JsonValueKind.Object
                    ? doc.RootElement.Clone()
                    : throw new Mt5ModelException($"{generationPath}: expected a JSON object.");
            }
            catch (JsonException e)
            {
                throw new Mt5ModelException($"{generationPath}: not valid JSON ({e.Message}).", e);
            }
        }

        return new Mt5ModelFolder(full, config, generation);
    }

    /// <summary>The layout to use: the one asked for if its files are there, else the pair, else the merged decoder.</summary>
    public DecoderLayout ResolveLayout(DecoderLayout? requested)
    {
        switch (requested)
        {
            case DecoderLayout.Pair when !HasDecoderPair:
                throw new Mt5ModelException($"Model folder '{Path}': the decoder pair was asked for but {DecoderFile} or {DecoderWithPastFile} is missing.");
            case DecoderLayout.Merged when !HasMergedDecoder:
                throw new Mt5ModelException($"Model folder '{Path}': the merged decoder was asked for but {MergedDecoderFile} is missing.");
            case DecoderLayout.NoCache when !Exists(DecoderFile):
                throw new Mt5ModelException($"Model folder '{Path}': decoding without cache needs {DecoderFile}.");
            case { } layout:
                return layout;
            default:
                return HasDecoderPair ? DecoderLayout.Pair : DecoderLayout.Merged;
        }
    }

    private bool Exists(string name) => File.Exists(FileOf(name));

    private const string ExportHint =
        "Export with: optimum-cli export onnx --model csebuetnlp/mT5_multilingual_XLSum --task text2text-generation-with-past DIR";
}
