using Microsoft.ML.OnnxRuntime;
using SummEval.Mt5.Model;
using SummEval.Mt5.Tokenization;

namespace SummEval.Mt5.Generation;

/// <summary>How a <see cref="Mt5Generator"/> opens a model folder.</summary>
public sealed record Mt5GeneratorOptions
{
    /// <summary>Decoder files to use; null picks the pair when present, else the merged decoder.</summary>
    public DecoderLayout? Layout { get; init; }

    /// <summary>ONNX Runtime intra-op threads; 0 lets it choose.</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>Input tokens kept, <c>&lt;/s&gt;</c> included (the tutorial truncates at 512).</summary>
    public int MaxInputTokens { get; init; } = 512;
}

/// <summary>
/// Runs an mT5 exported in Optimum's layout: tokenizes, encodes once per batch, then greedy or beam search with the
/// decoder cache. Sessions are opened once and reused; <see cref="Generate(IReadOnlyList{long[]}, GenerationSettings, int?, CancellationToken)"/>
/// is safe to call concurrently.
/// </summary>
public sealed class Mt5Generator : IDisposable
{
    private readonly Mt5Sessions _sessions;
    private readonly Dictionary<int, CharacterBudget> _budgets = [];

    private Mt5Generator(Mt5Sessions sessions, Mt5Tokenizer tokenizer, Mt5GeneratorOptions options)
    {
        _sessions = sessions;
        Tokenizer = tokenizer;
        Options = options;
    }

    public Mt5ModelFolder Folder => _sessions.Folder;

    public Mt5Tokenizer Tokenizer { get; }

    public Mt5GeneratorOptions Options { get; }

    public DecoderLayout Layout => _sessions.Layout;

    /// <summary>Opens the folder at <paramref name="path"/>.</summary>
    public static Mt5Generator Open(string path, Mt5GeneratorOptions? options = null)
    {
        options ??= new Mt5GeneratorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInputTokens, 1);
        var folder = Mt5ModelFolder.Open(path);
        var tokenizer = Mt5Tokenizer.Load(folder.FileOf(Mt5ModelFolder.SentencePieceFile), folder.Config.EosTokenId, folder.Config.PadTokenId);
        var sessions = Mt5Sessions.Open(folder, options.Layout, options.IntraOpThreads);
        return new Mt5Generator(sessions, tokenizer, options);
    }

    /// <summary>Explicit options resolved against this model folder.</summary>
    public GenerationSettings Resolve(GenerationOptions options) => GenerationSettings.Resolve(options, Folder);

    /// <summary>Input ids for <paramref name="text"/>, truncated to <see cref="Mt5GeneratorOptions.MaxInputTokens"/>.</summary>
    public long[] Encode(string text) => Tokenizer.Encode(text, Options.MaxInputTokens);

    /// <summary>Generates for one input.</summary>
    public GeneratedSequence Generate(long[] inputIds, GenerationSettings settings, int? maxChars = null, CancellationToken cancellationToken = default) =>
        Generate([inputIds], settings, maxChars, cancellationToken)[0];

    /// <summary>
    /// Generates for a batch of inputs (right-padded with an attention mask, as Hugging Face batches them).
    /// With <paramref name="maxChars"/>, no output decodes to more characters than that.
    /// </summary>
    public GeneratedSequence[] Generate(IReadOnlyList<long[]> inputs, GenerationSettings settings, int? maxChars = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        if (inputs.Count == 0)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var budget = maxChars is { } m ? BudgetOf(m) : null;
        var beams = settings.NumBeams;
        var (hidden, mask) = RunEncoder(inputs, beams, cancellationToken);
        using var decoder = new OnnxStepDecoder(_sessions, inputs.Count * beams, hidden, mask, cancellationToken);
        return beams == 1
            ? GreedySearch.Run(decoder, inputs.Count, settings, budget, cancellationToken)
            : BeamSearch.Run(decoder, inputs.Count, settings, budget, cancellationToken);
    }

    /// <summary>The encoder's last hidden state for one input (for conformance checks), shape [S, d_model].</summary>
    public float[] EncoderHiddenState(long[] inputIds)
    {
        var (hidden, mask) = RunEncoder([inputIds], 1, CancellationToken.None);
        using (hidden)
        using (mask)
        {
            return hidden.GetTensorDataAsSpan<float>().ToArray();
        }
    }

    /// <summary>Creates a step decoder over one input's encoding (for conformance checks and benchmarks).</summary>
    public OnnxStepDecoder CreateDecoder(long[] inputIds, int rows = 1)
    {
        var (hidden, mask) = RunEncoder([inputIds], rows, CancellationToken.None);
        return new OnnxStepDecoder(_sessions, rows, hidden, mask);
    }

    public void Dispose() => _sessions.Dispose();

    private CharacterBudget BudgetOf(int maxChars)
    {
        lock (_budgets)
        {
            if (!_budgets.TryGetValue(maxChars, out var budget))
            {
                budget = new CharacterBudget(Tokenizer, Folder.Config.VocabSize, maxChars);
                _budgets[maxChars] = budget;
            }

            return budget;
        }
    }

    private (OrtValue Hidden, OrtValue Mask) RunEncoder(IReadOnlyList<long[]> inputs, int repeat, CancellationToken cancellationToken)
    {
        var batch = inputs.Count;
        var length = inputs.Max(i => i.Length);
        var ids = new long[batch * length];
        var mask = new long[batch * length];
        Array.Fill(ids, Folder.Config.PadTokenId);
        for (var b = 0; b < batch; b++)
        {
            inputs[b].CopyTo(ids, b * length);
            mask.AsSpan(b * length, inputs[b].Length).Fill(1);
        }

        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, [batch, length]);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, [batch, length]);
        IDisposableReadOnlyCollection<OrtValue> outputs;
        try
        {
            outputs = _sessions.Encoder.Run(runOptions, ["input_ids", "attention_mask"], [idsValue, maskValue], ["last_hidden_state"]);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        using (outputs)
        {
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            var rowSize = hidden.Length / batch;
            var expanded = new float[batch * repeat * rowSize];
            var expandedMask = new long[batch * repeat * length];
            for (var b = 0; b < batch; b++)
            {
                for (var j = 0; j < repeat; j++)
                {
                    var row = (b * repeat) + j;
                    hidden.Slice(b * rowSize, rowSize).CopyTo(expanded.AsSpan(row * rowSize, rowSize));
                    mask.AsSpan(b * length, length).CopyTo(expandedMask.AsSpan(row * length, length));
                }
            }

            var dModel = rowSize / length;
            return (
                OrtValue.CreateTensorValueFromMemory(expanded, [batch * repeat, length, dModel]),
                OrtValue.CreateTensorValueFromMemory(expandedMask, [batch * repeat, length]));
        }
    }
}
