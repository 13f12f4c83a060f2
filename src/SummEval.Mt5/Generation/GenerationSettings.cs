using System.Globalization;
using System.Text.Json;
using SummEval.Mt5.Model;

namespace SummEval.Mt5.Generation;

/// <summary>
/// Fully resolved generation parameters. <see cref="Resolve"/> follows transformers: explicit options, then the
/// folder's generation config, then <c>GenerationConfig</c>'s defaults.
/// </summary>
public sealed record GenerationSettings
{
    public int NumBeams { get; init; } = 1;

    public int MaxLength { get; init; } = 20;

    public int MinLength { get; init; }

    public double LengthPenalty { get; init; } = 1.0;

    public EarlyStopping EarlyStopping { get; init; } = EarlyStopping.False;

    public int NoRepeatNgramSize { get; init; }

    public int DecoderStartTokenId { get; init; }

    public int EosTokenId { get; init; } = 1;

    public int PadTokenId { get; init; }

    public BeamRule BeamRule { get; init; } = BeamRule.Current;

    /// <summary>
    /// Resolves <paramref name="explicitOptions"/> against a model folder. The folder's generation config is
    /// <c>generation_config.json</c>, except that, as transformers does, <c>config.json</c> is used instead when that
    /// file is absent or was derived from it (<c>"_from_model_config": true</c>, which Optimum and
    /// <c>save_pretrained</c> write for models like XLSum whose defaults live in config.json).
    /// </summary>
    public static GenerationSettings Resolve(GenerationOptions explicitOptions, Mt5ModelFolder folder)
    {
        ArgumentNullException.ThrowIfNull(explicitOptions);
        ArgumentNullException.ThrowIfNull(folder);
        var fromModelConfig = folder.GenerationConfig is not { } g
            || (g.TryGetProperty("_from_model_config", out var f) && f.ValueKind == JsonValueKind.True);
        var source = fromModelConfig ? folder.Config.Json : folder.GenerationConfig!.Value;
        var sourceName = folder.FileOf(fromModelConfig ? Mt5ModelFolder.ConfigFile : Mt5ModelFolder.GenerationConfigFile);
        var fromFolder = Read(source, sourceName) with
        {
            // Special ids always exist in config.json; a generation config that omits them inherits them.
            DecoderStartTokenId = ReadInt(source, "decoder_start_token_id", sourceName) ?? folder.Config.DecoderStartTokenId,
            EosTokenId = ReadInt(source, "eos_token_id", sourceName) ?? folder.Config.EosTokenId,
            PadTokenId = ReadInt(source, "pad_token_id", sourceName) ?? folder.Config.PadTokenId,
        };
        return From(explicitOptions.Over(fromFolder));
    }

    /// <summary>Settings from options alone (missing values take transformers' defaults); validates them.</summary>
    public static GenerationSettings From(GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var d = new GenerationSettings();
        var s = new GenerationSettings
        {
            NumBeams = options.NumBeams ?? d.NumBeams,
            MaxLength = options.MaxLength ?? d.MaxLength,
            MinLength = options.MinLength ?? d.MinLength,
            LengthPenalty = options.LengthPenalty ?? d.LengthPenalty,
            EarlyStopping = options.EarlyStopping ?? d.EarlyStopping,
            NoRepeatNgramSize = options.NoRepeatNgramSize ?? d.NoRepeatNgramSize,
            DecoderStartTokenId = options.DecoderStartTokenId ?? d.DecoderStartTokenId,
            EosTokenId = options.EosTokenId ?? d.EosTokenId,
            PadTokenId = options.PadTokenId ?? d.PadTokenId,
            BeamRule = options.BeamRule ?? d.BeamRule,
        };
        if (s.NumBeams < 1)
        {
            throw new ArgumentException($"num_beams must be at least 1, got {s.NumBeams}.");
        }

        if (s.MaxLength < 2)
        {
            throw new ArgumentException($"max_length must be at least 2 (it counts the decoder start token), got {s.MaxLength}.");
        }

        if (s.MinLength < 0 || s.NoRepeatNgramSize < 0)
        {
            throw new ArgumentException("min_length and no_repeat_ngram_size must not be negative.");
        }

        if (!double.IsFinite(s.LengthPenalty))
        {
            throw new ArgumentException($"length_penalty must be a finite number, got {s.LengthPenalty}.");
        }

        return s;
    }

    /// <summary>The generation options a JSON config holds (unknown fields ignored).</summary>
    public static GenerationOptions Read(JsonElement json, string source) => new()
    {
        NumBeams = ReadInt(json, "num_beams", source),
        MaxLength = ReadInt(json, "max_length", source),
        MinLength = ReadInt(json, "min_length", source),
        LengthPenalty = json.TryGetProperty("length_penalty", out var lp) && lp.ValueKind != JsonValueKind.Null
            ? lp.ValueKind == JsonValueKind.Number ? lp.GetDouble() : throw Bad(source, "length_penalty", lp)
            : null,
        EarlyStopping = json.TryGetProperty("early_stopping", out var es) && es.ValueKind != JsonValueKind.Null
            ? es.ValueKind switch
            {
                JsonValueKind.True => Generation.EarlyStopping.True,
                JsonValueKind.False => Generation.EarlyStopping.False,
                JsonValueKind.String when es.GetString() == "never" => Generation.EarlyStopping.Never,
                _ => throw Bad(source, "early_stopping", es),
            }
            : null,
        NoRepeatNgramSize = ReadInt(json, "no_repeat_ngram_size", source),
        DecoderStartTokenId = ReadInt(json, "decoder_start_token_id", source),
        EosTokenId = ReadInt(json, "eos_token_id", source),
        PadTokenId = ReadInt(json, "pad_token_id", source),
    };

    /// <summary>Parses <c>true</c>, <c>false</c> or <c>never</c>.</summary>
    public static EarlyStopping ParseEarlyStopping(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" => EarlyStopping.True,
        "false" => EarlyStopping.False,
        "never" => EarlyStopping.Never,
        _ => throw new ArgumentException($"early stopping '{text}' is not true, false or never."),
    };

    private static int? ReadInt(JsonElement json, string field, string source)
    {
        if (!json.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // eos_token_id may be a list in newer configs; the first entry is the one padding uses.
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
        {
            v = v[0];
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : throw Bad(source, field, v);
    }

    private static Mt5ModelException Bad(string source, string field, JsonElement value) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}, field '{field}': unexpected value {value.GetRawText()}."));
}
