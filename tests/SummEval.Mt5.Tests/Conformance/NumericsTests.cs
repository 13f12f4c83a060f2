using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;
using SummEval.Testing;
using Xunit;

namespace SummEval.Mt5.Tests.Conformance;

/// <summary>Encoder states, step-1 and step-2 logits and the step-1 cache against torch's values in numerics.jsonl.</summary>
public sealed class NumericsTests(GeneratorFixture fixture) : IClassFixture<GeneratorFixture>
{
    private const double Tolerance = 1e-4;

    [SharedTheory]
    [InlineData(DecoderLayout.Pair)]
    [InlineData(DecoderLayout.Merged)]
    [InlineData(DecoderLayout.NoCache)]
    public void Encoder_outputs_and_first_two_steps_match_torch(DecoderLayout layout)
    {
        var generator = fixture[layout];
        foreach (var record in Mt5Tiny.Numerics())
        {
            var input = record.GetProperty("input_ids").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var hidden = generator.EncoderHiddenState(input);
            AssertSummary(record.GetProperty("encoder_last_hidden_state"), hidden, "encoder");

            using var decoder = generator.CreateDecoder(input);
            var step1 = decoder.First([0L]).ToArray();
            AssertSummary(record.GetProperty("step1").GetProperty("logits"), step1, "step 1 logits");
            Assert.Equal(record.GetProperty("step1").GetProperty("argmax").GetInt32(), ArgMax(step1));
            var top5 = record.GetProperty("step1").GetProperty("top5").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            Assert.Equal(top5, Enumerable.Range(0, step1.Length).OrderByDescending(i => step1[i]).Take(5).ToArray());
            var logProbs = step1.ToArray();
            LogitsProcessor.LogSoftmax(logProbs);
            Assert.Equal(record.GetProperty("step1").GetProperty("logprob_argmax").GetDouble(), logProbs[ArgMax(step1)], 1e-4);
            Assert.Equal(record.GetProperty("step1").GetProperty("logprob_eos").GetDouble(), logProbs[1], 1e-3);

            var next = record.GetProperty("step2_with_past").GetProperty("decoder_input_ids")[0].GetInt64();
            var step2 = decoder.Next([next], [0]).ToArray();
            AssertSummary(record.GetProperty("step2_with_past").GetProperty("logits"), step2, "step 2 logits");
            Assert.Equal(record.GetProperty("step2_with_past").GetProperty("argmax").GetInt32(), ArgMax(step2));
        }
    }

    [SharedFact]
    public void Step_one_cache_matches_torch()
    {
        var folder = Mt5ModelFolder.Open(Mt5Tiny.Folder);
        using var sessions = Mt5Sessions.Open(folder, DecoderLayout.Pair, intraOpThreads: 1);
        var generator = fixture[DecoderLayout.Pair];
        foreach (var record in Mt5Tiny.Numerics())
        {
            var input = record.GetProperty("input_ids").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var hidden = generator.EncoderHiddenState(input);
            using var hiddenValue = OrtValue.CreateTensorValueFromMemory(hidden, [1, input.Length, 32]);
            using var mask = OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, input.Length).ToArray(), [1, input.Length]);
            using var ids = OrtValue.CreateTensorValueFromMemory(new long[] { 0 }, [1, 1]);
            var presents = record.GetProperty("present_step1");
            var names = presents.EnumerateObject().Select(p => "present." + p.Name).ToArray();
            using var outputs = sessions.Decoder.Run(new RunOptions(), ["encoder_attention_mask", "input_ids", "encoder_hidden_states"], [mask, ids, hiddenValue], names);
            var i = 0;
            foreach (var p in presents.EnumerateObject())
            {
                var shape = outputs[i].GetTensorTypeAndShape().Shape;
                Assert.Equal(p.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()), shape);
                AssertSummary(p.Value, outputs[i].GetTensorDataAsSpan<float>().ToArray(), p.Name);
                i++;
            }
        }
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static void AssertSummary(JsonElement expected, float[] actual, string what)
    {
        var first8 = expected.GetProperty("first8").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (var i = 0; i < first8.Length; i++)
        {
            Assert.True(Math.Abs(first8[i] - actual[i]) <= Tolerance, $"{what}[{i}]: {actual[i]} vs {first8[i]}");
        }

        var l2 = Math.Sqrt(actual.Sum(v => (double)v * v));
        var sum = actual.Sum(v => (double)v);
        var l2Expected = expected.GetProperty("l2").GetDouble();
        var sumExpected = expected.GetProperty("sum").GetDouble();
        Assert.True(Math.Abs(l2 - l2Expected) <= Tolerance * Math.Max(1, l2Expected), $"{what} L2 {l2} vs {l2Expected}");
        Assert.True(Math.Abs(sum - sumExpected) <= 1e-3 * Math.Max(1, Math.Abs(sumExpected)), $"{what} sum {sum} vs {sumExpected}");
    }
}
