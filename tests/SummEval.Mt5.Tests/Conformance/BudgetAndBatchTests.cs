using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;
using SummEval.Testing;
using SummEval.Text;
using Xunit;

namespace SummEval.Mt5.Tests.Conformance;

/// <summary>Character budgets inside the search, batching of documents and cancellation, on the tiny model.</summary>
public sealed class BudgetAndBatchTests(GeneratorFixture fixture) : IClassFixture<GeneratorFixture>
{
    [SharedFact]
    public void A_budget_that_does_not_bind_changes_nothing()
    {
        var generator = fixture[DecoderLayout.Pair];
        foreach (var c in Mt5Tiny.References.Where((_, i) => i % 3 == 0))
        {
            var settings = generator.Resolve(GenerationSettings.Read(c.GenerateKwargs, c.CaseId));
            var plain = generator.Generate(c.InputIds, settings);
            Assert.Equal(c.OutputIds436, plain.Ids);
            Assert.Equal(plain.Ids, generator.Generate(c.InputIds, settings, maxChars: 10_000).Ids);
            if (settings.NumBeams == 1)
            {
                // Greedy: a budget exactly the plain output's length never masks a token the plain search chose.
                var length = TextLength.Chars(generator.Tokenizer.Decode(plain.Ids));
                Assert.Equal(plain.Ids, generator.Generate(c.InputIds, settings, maxChars: length).Ids);
            }
        }
    }

    [SharedFact]
    public void A_binding_budget_is_never_exceeded_and_the_output_ends_with_eos()
    {
        var generator = fixture[DecoderLayout.Merged];
        var changed = 0;
        foreach (var c in Mt5Tiny.References.Where(c => c.Setting is "greedy-max20" or "beam4-lp0.6-es0-max20" or "xlsum-card").Take(45))
        {
            var settings = generator.Resolve(GenerationSettings.Read(c.GenerateKwargs, c.CaseId));
            var plainText = generator.Tokenizer.Decode(c.OutputIds436);
            foreach (var budget in new[] { 0, 1, 3, 8, 15 })
            {
                var result = generator.Generate(c.InputIds, settings, budget);
                var text = generator.Tokenizer.Decode(result.Ids);
                Assert.True(TextLength.Chars(text) <= budget, $"{c.CaseId} budget {budget}: '{text}'");
                Assert.Equal(0L, result.Ids[0]);
                if (TextLength.Chars(plainText) > budget)
                {
                    changed++;
                    Assert.True(result.Ids[^1] == 1 || result.Ids.Length == settings.MaxLength, $"{c.CaseId} budget {budget}: not finished");
                }
            }
        }

        Assert.True(changed > 100, $"only {changed} outputs were constrained");
        var zero = generator.Generate(Mt5Tiny.References[0].InputIds, GenerationSettings.From(new GenerationOptions { MaxLength = 20 }), 0);
        Assert.Equal([0L, 1L], zero.Ids);
    }

    [SharedTheory]
    [InlineData("greedy-max20")]
    [InlineData("beam4-lp0.6-es0-max20")]
    [InlineData("beam4-lp1.0-es1-max20")]
    public void A_batch_of_documents_gives_what_each_gives_alone(string setting)
    {
        var generator = fixture[DecoderLayout.Pair];
        var cases = Mt5Tiny.References.Where(c => c.Setting == setting).Take(5).ToList();
        // Inputs of different lengths, so that padding and the attention mask matter.
        var lengths = new[] { 128, 97, 60, 31, 9 };
        var inputs = cases.Select((c, i) => (long[])[.. c.InputIds[..(lengths[i] - 1)], 1L]).ToList();
        var settings = generator.Resolve(GenerationSettings.Read(cases[0].GenerateKwargs, setting));
        var alone = inputs.Select(i => generator.Generate(i, settings)).ToList();
        Assert.Equal(cases[0].OutputIds436, alone[0].Ids);
        var batch = generator.Generate(inputs, settings);
        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(alone[i].Ids, batch[i].Ids);
            Assert.Equal(alone[i].Score ?? 0, batch[i].Score ?? 0, 1e-4);
        }
    }

    [SharedFact]
    public void Cancellation_stops_generation()
    {
        var generator = fixture[DecoderLayout.Pair];
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var settings = GenerationSettings.From(new GenerationOptions { NumBeams = 4, MaxLength = 84 });
        Assert.ThrowsAny<OperationCanceledException>(() => generator.Generate(Mt5Tiny.References[0].InputIds, settings, cancellationToken: cts.Token));
    }

    [SharedFact]
    public async Task Sessions_are_reused_safely_by_concurrent_documents()
    {
        var generator = fixture[DecoderLayout.Pair];
        var cases = Mt5Tiny.References.Where(c => c.Setting == "xlsum-card").Take(8).ToList();
        var settings = generator.Resolve(new GenerationOptions());
        var results = await Task.WhenAll(cases.Select(c => Task.Run(() => generator.Generate(c.InputIds, settings))));
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.Equal(cases[i].OutputIds436, results[i].Ids);
        }
    }
}
