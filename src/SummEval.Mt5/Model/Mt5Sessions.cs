using Microsoft.ML.OnnxRuntime;

namespace SummEval.Mt5.Model;

/// <summary>
/// The ONNX Runtime sessions of one model folder, opened once and shared by every document (sessions are
/// thread-safe for <c>Run</c>). Input and output names are checked against Optimum's interface at load.
/// </summary>
public sealed class Mt5Sessions : IDisposable
{
    private Mt5Sessions(Mt5ModelFolder folder, DecoderLayout layout, InferenceSession encoder, InferenceSession decoder, InferenceSession? decoderWithPast)
    {
        Folder = folder;
        Layout = layout;
        Encoder = encoder;
        Decoder = decoder;
        DecoderWithPast = decoderWithPast;
    }

    public Mt5ModelFolder Folder { get; }

    public DecoderLayout Layout { get; }

    public InferenceSession Encoder { get; }

    /// <summary><c>decoder_model</c> (pair, no cache) or <c>decoder_model_merged</c> (merged).</summary>
    public InferenceSession Decoder { get; }

    /// <summary><c>decoder_with_past_model</c>; null unless the layout is <see cref="DecoderLayout.Pair"/>.</summary>
    public InferenceSession? DecoderWithPast { get; }

    /// <summary>Decoder layers, counted from the <c>present.L.decoder.key</c> outputs.</summary>
    public int Layers { get; private init; }

    /// <summary>Opens the sessions; <paramref name="intraOpThreads"/> 0 lets ONNX Runtime choose.</summary>
    public static Mt5Sessions Open(Mt5ModelFolder folder, DecoderLayout? layout = null, int intraOpThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfNegative(intraOpThreads);
        var chosen = folder.ResolveLayout(layout);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        var opened = new List<InferenceSession>();
        try
        {
            InferenceSession Load(string file)
            {
                var path = folder.FileOf(file);
                try
                {
                    var session = new InferenceSession(path, options);
                    opened.Add(session);
                    return session;
                }
                catch (OnnxRuntimeException e)
                {
                    throw new Mt5ModelException($"{path}: ONNX Runtime cannot load it ({e.Message}).", e);
                }
            }

            var encoder = Load(Mt5ModelFolder.EncoderFile);
            var decoder = Load(chosen == DecoderLayout.Merged ? Mt5ModelFolder.MergedDecoderFile : Mt5ModelFolder.DecoderFile);
            var withPast = chosen == DecoderLayout.Pair ? Load(Mt5ModelFolder.DecoderWithPastFile) : null;
            Require(folder, Mt5ModelFolder.EncoderFile, encoder, ["input_ids", "attention_mask"], ["last_hidden_state"]);
            var layers = decoder.OutputMetadata.Keys.Count(k => k.StartsWith("present.", StringComparison.Ordinal) && k.EndsWith(".decoder.key", StringComparison.Ordinal));
            if (layers == 0)
            {
                throw new Mt5ModelException(
                    $"{folder.FileOf(chosen == DecoderLayout.Merged ? Mt5ModelFolder.MergedDecoderFile : Mt5ModelFolder.DecoderFile)}: no 'present.L.decoder.key' outputs; " +
                    "export with --task text2text-generation-with-past so the decoder returns its cache.");
            }

            var pastNames = Enumerable.Range(0, layers).SelectMany(PastNames).ToArray();
            var presentNames = Enumerable.Range(0, layers).SelectMany(l => PresentNames(l, encoder: true)).ToArray();
            var decoderInputs = new List<string> { "encoder_attention_mask", "input_ids", "encoder_hidden_states" };
            if (chosen == DecoderLayout.Merged)
            {
                decoderInputs.AddRange(pastNames);
                decoderInputs.Add("use_cache_branch");
            }

            var decoderFile = chosen == DecoderLayout.Merged ? Mt5ModelFolder.MergedDecoderFile : Mt5ModelFolder.DecoderFile;
            Require(folder, decoderFile, decoder, decoderInputs, ["logits", .. presentNames]);
            if (withPast is not null)
            {
                Require(folder, Mt5ModelFolder.DecoderWithPastFile, withPast, ["encoder_attention_mask", "input_ids", "encoder_hidden_states", .. pastNames],
                    ["logits", .. Enumerable.Range(0, layers).SelectMany(l => PresentNames(l, encoder: false))]);
            }

            return new Mt5Sessions(folder, chosen, encoder, decoder, withPast) { Layers = layers };
        }
        catch
        {
            foreach (var s in opened)
            {
                s.Dispose();
            }

            throw;
        }
    }

    /// <summary>Names of the past inputs of layer <paramref name="layer"/>, in Optimum's order.</summary>
    public static IEnumerable<string> PastNames(int layer) =>
    [
        $"past_key_values.{layer}.decoder.key", $"past_key_values.{layer}.decoder.value",
        $"past_key_values.{layer}.encoder.key", $"past_key_values.{layer}.encoder.value",
    ];

    /// <summary>Names of the present outputs of layer <paramref name="layer"/>; the encoder ones only when asked.</summary>
    public static IEnumerable<string> PresentNames(int layer, bool encoder) => encoder
        ? [$"present.{layer}.decoder.key", $"present.{layer}.decoder.value", $"present.{layer}.encoder.key", $"present.{layer}.encoder.value"]
        : [$"present.{layer}.decoder.key", $"present.{layer}.decoder.value"];

    public void Dispose()
    {
        Encoder.Dispose();
        Decoder.Dispose();
        DecoderWithPast?.Dispose();
    }

    private static void Require(Mt5ModelFolder folder, string file, InferenceSession session, IEnumerable<string> inputs, IEnumerable<string> outputs)
    {
        var missingIn = inputs.Where(n => !session.InputMetadata.ContainsKey(n)).ToList();
        var missingOut = outputs.Where(n => !session.OutputMetadata.ContainsKey(n)).ToList();
        if (missingIn.Count > 0 || missingOut.Count > 0)
        {
            throw new Mt5ModelException(
                $"{folder.FileOf(file)}: not Optimum's seq2seq interface; missing " +
                string.Join("; ", new[] { missingIn.Count > 0 ? "inputs " + string.Join(", ", missingIn) : null, missingOut.Count > 0 ? "outputs " + string.Join(", ", missingOut) : null }.Where(s => s is not null)) +
                $" (it has inputs {string.Join(", ", session.InputMetadata.Keys)}).");
        }
    }
}
