using System.Buffers;
using Microsoft.ML.OnnxRuntime;
using SummEval.Mt5.Model;

namespace SummEval.Mt5.Generation;

/// <summary>
/// <see cref="IStepDecoder"/> over Optimum's ONNX decoders. With a cache each step feeds one token per row:
/// the decoder pair (<c>decoder_model</c> then <c>decoder_with_past_model</c>) or the merged decoder
/// (<c>use_cache_branch</c> false, then true). The cross-attention cache from step 1 is reused unchanged (rows never
/// move between documents); the self-attention cache is gathered by the beam origins into pooled buffers.
/// </summary>
public sealed class OnnxStepDecoder : IStepDecoder, IDisposable
{
    private readonly Mt5Sessions _sessions;
    private readonly int _rows;
    private readonly int _heads;
    private readonly int _dKv;
    private readonly OrtValue _encoderHidden;
    private readonly OrtValue _encoderMask;
    private readonly RunOptions _runOptions = new();
    private readonly CancellationTokenRegistration _cancellation;
    private readonly CancellationToken _cancellationToken;
    private readonly List<long>[] _history;
    private IDisposableReadOnlyCollection<OrtValue>? _firstOutputs;
    private IDisposableReadOnlyCollection<OrtValue>? _lastOutputs;
    private OrtValue[] _encoderCache = [];
    private OrtValue[] _decoderCache = [];
    private float[] _logits = [];

    /// <summary>
    /// Creates the decoder for <paramref name="rows"/> rows whose encoder states (already repeated per beam) are
    /// <paramref name="encoderHidden"/> [rows, S, d] with mask <paramref name="encoderMask"/> [rows, S]; both are owned.
    /// </summary>
    public OnnxStepDecoder(Mt5Sessions sessions, int rows, OrtValue encoderHidden, OrtValue encoderMask, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _sessions = sessions;
        _rows = rows;
        _heads = sessions.Folder.Config.NumHeads;
        _dKv = sessions.Folder.Config.DKv;
        _encoderHidden = encoderHidden;
        _encoderMask = encoderMask;
        VocabSize = sessions.Folder.Config.VocabSize;
        _history = Enumerable.Range(0, rows).Select(_ => new List<long>()).ToArray();
        _cancellationToken = cancellationToken;
        _cancellation = cancellationToken.Register(() => _runOptions.Terminate = true);
    }

    public int VocabSize { get; }

    /// <summary>Decoder steps run so far.</summary>
    public int Steps { get; private set; }

    public ReadOnlySpan<float> First(ReadOnlySpan<long> startTokens)
    {
        for (var r = 0; r < _rows; r++)
        {
            _history[r].Add(startTokens[r]);
        }

        var layers = _sessions.Layers;
        using var ids = OrtValue.CreateTensorValueFromMemory(startTokens.ToArray(), [_rows, 1]);
        var names = new List<string> { "encoder_attention_mask", "input_ids", "encoder_hidden_states" };
        var values = new List<OrtValue> { _encoderMask, ids, _encoderHidden };
        var owned = new List<OrtValue>();
        try
        {
            if (_sessions.Layout == DecoderLayout.Merged)
            {
                // What Optimum's ORTModel feeds the merged decoder on its first step: zero caches of length 1.
                var zeros = new float[_rows * _heads * _dKv];
                for (var l = 0; l < layers; l++)
                {
                    foreach (var name in Mt5Sessions.PastNames(l))
                    {
                        var v = OrtValue.CreateTensorValueFromMemory(zeros, [_rows, _heads, 1, _dKv]);
                        owned.Add(v);
                        names.Add(name);
                        values.Add(v);
                    }
                }

                var branch = OrtValue.CreateTensorValueFromMemory(new[] { false }, [1]);
                owned.Add(branch);
                names.Add("use_cache_branch");
                values.Add(branch);
            }

            var outputNames = _sessions.Layout == DecoderLayout.NoCache
                ? ["logits"]
                : new[] { "logits" }.Concat(Enumerable.Range(0, layers).SelectMany(l => Mt5Sessions.PresentNames(l, encoder: true))).ToList();
            _firstOutputs = Run(_sessions.Decoder, names, values, outputNames);
        }
        finally
        {
            foreach (var v in owned)
            {
                v.Dispose();
            }
        }

        if (_sessions.Layout != DecoderLayout.NoCache)
        {
            _encoderCache = new OrtValue[2 * layers];
            _decoderCache = new OrtValue[2 * layers];
            for (var l = 0; l < layers; l++)
            {
                _decoderCache[2 * l] = _firstOutputs[1 + (4 * l)];
                _decoderCache[(2 * l) + 1] = _firstOutputs[2 + (4 * l)];
                _encoderCache[2 * l] = _firstOutputs[3 + (4 * l)];
                _encoderCache[(2 * l) + 1] = _firstOutputs[4 + (4 * l)];
            }
        }

        return CopyLogits(_firstOutputs[0]);
    }

    public ReadOnlySpan<float> Next(ReadOnlySpan<long> tokens, ReadOnlySpan<int> origins)
    {
        var reordered = new List<long>[_rows];
        for (var r = 0; r < _rows; r++)
        {
            reordered[r] = origins[r] == r ? _history[r] : [.. _history[origins[r]]];
        }

        for (var r = 0; r < _rows; r++)
        {
            _history[r] = reordered[r];
            _history[r].Add(tokens[r]);
        }

        if (_sessions.Layout == DecoderLayout.NoCache)
        {
            return RunWithoutCache();
        }

        var layers = _sessions.Layers;
        var identity = true;
        for (var r = 0; r < _rows && identity; r++)
        {
            identity = origins[r] == r;
        }

        using var ids = OrtValue.CreateTensorValueFromMemory(tokens.ToArray(), [_rows, 1]);
        var names = new List<string> { "encoder_attention_mask", "input_ids", "encoder_hidden_states" };
        var values = new List<OrtValue> { _encoderMask, ids, _encoderHidden };
        var owned = new List<OrtValue>();
        var rented = new List<float[]>();
        try
        {
            for (var l = 0; l < layers; l++)
            {
                var past = Mt5Sessions.PastNames(l).ToArray();
                for (var kv = 0; kv < 2; kv++)
                {
                    var present = _decoderCache[(2 * l) + kv];
                    OrtValue input;
                    if (identity)
                    {
                        input = present;
                    }
                    else
                    {
                        input = Gather(present, origins, rented);
                        owned.Add(input);
                    }

                    names.Add(past[kv]);
                    values.Add(input);
                }

                names.Add(past[2]);
                values.Add(_encoderCache[2 * l]);
                names.Add(past[3]);
                values.Add(_encoderCache[(2 * l) + 1]);
            }

            InferenceSession session;
            if (_sessions.Layout == DecoderLayout.Merged)
            {
                var branch = OrtValue.CreateTensorValueFromMemory(new[] { true }, [1]);
                owned.Add(branch);
                names.Add("use_cache_branch");
                values.Add(branch);
                session = _sessions.Decoder;
            }
            else
            {
                session = _sessions.DecoderWithPast!;
            }

            var outputNames = new[] { "logits" }.Concat(Enumerable.Range(0, layers).SelectMany(l => Mt5Sessions.PresentNames(l, encoder: false))).ToList();
            var outputs = Run(session, names, values, outputNames);
            var previous = _lastOutputs;
            _lastOutputs = outputs;
            for (var i = 0; i < _decoderCache.Length; i++)
            {
                _decoderCache[i] = outputs[1 + i];
            }

            previous?.Dispose();
            return CopyLogits(outputs[0]);
        }
        finally
        {
            foreach (var v in owned)
            {
                v.Dispose();
            }

            foreach (var a in rented)
            {
                ArrayPool<float>.Shared.Return(a);
            }
        }
    }

    public void Dispose()
    {
        _cancellation.Dispose();
        _lastOutputs?.Dispose();
        _firstOutputs?.Dispose();
        _encoderHidden.Dispose();
        _encoderMask.Dispose();
        _runOptions.Dispose();
    }

    private ReadOnlySpan<float> RunWithoutCache()
    {
        var length = _history[0].Count;
        var flat = new long[_rows * length];
        for (var r = 0; r < _rows; r++)
        {
            _history[r].CopyTo(flat, r * length);
        }

        using var ids = OrtValue.CreateTensorValueFromMemory(flat, [_rows, length]);
        using var outputs = Run(
            _sessions.Decoder,
            ["encoder_attention_mask", "input_ids", "encoder_hidden_states"],
            [_encoderMask, ids, _encoderHidden],
            ["logits"]);
        return CopyLogits(outputs[0]);
    }

    private IDisposableReadOnlyCollection<OrtValue> Run(InferenceSession session, IReadOnlyCollection<string> names, IReadOnlyCollection<OrtValue> values, IReadOnlyCollection<string> outputNames)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Steps++;
            return session.Run(_runOptions, names, values, outputNames);
        }
        catch (OnnxRuntimeException) when (_cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(_cancellationToken);
        }
    }

    /// <summary>Copies the last position's logits of every row into a reused buffer.</summary>
    private ReadOnlySpan<float> CopyLogits(OrtValue logits)
    {
        var shape = logits.GetTensorTypeAndShape().Shape;
        var steps = (int)shape[1];
        var vocab = (int)shape[2];
        if (vocab != VocabSize)
        {
            throw new Mt5ModelException($"Decoder logits have {vocab} entries per token but config.json says vocab_size {VocabSize}.");
        }

        if (_logits.Length != _rows * vocab)
        {
            _logits = new float[_rows * vocab];
        }

        var data = logits.GetTensorDataAsSpan<float>();
        for (var r = 0; r < _rows; r++)
        {
            data.Slice(((r * steps) + steps - 1) * vocab, vocab).CopyTo(_logits.AsSpan(r * vocab, vocab));
        }

        return _logits;
    }

    /// <summary>A copy of a [rows, heads, T, d] cache with row r taken from row origins[r].</summary>
    private OrtValue Gather(OrtValue present, ReadOnlySpan<int> origins, List<float[]> rented)
    {
        var shape = present.GetTensorTypeAndShape().Shape;
        var source = present.GetTensorDataAsSpan<float>();
        var rowSize = source.Length / _rows;
        var buffer = ArrayPool<float>.Shared.Rent(source.Length);
        rented.Add(buffer);
        for (var r = 0; r < _rows; r++)
        {
            source.Slice(origins[r] * rowSize, rowSize).CopyTo(buffer.AsSpan(r * rowSize, rowSize));
        }

        return OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffer.AsMemory(0, source.Length), shape);
    }
}
