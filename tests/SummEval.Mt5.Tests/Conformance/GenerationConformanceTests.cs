using System.Globalization;
using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;
using SummEval.Testing;
using Xunit;

namespace SummEval.Mt5.Tests.Conformance;

/// <summary>Every reference case of mt5-tiny, token for token, under both beam rules and both cached decoder layouts.</summary>
public sealed class GenerationConformanceTests(GeneratorFixture fixture) : IClassFixture<GeneratorFixture>
{
    [SharedTheory]
    [InlineData(DecoderLayout.Pair, BeamRule.Legacy)]
    [InlineData(DecoderLayout.Pair, BeamRule.Current)]
    [InlineData(DecoderLayout.Merged, BeamRule.Legacy)]
    [InlineData(DecoderLayout.Merged, BeamRule.Current)]
    public void Every_reference_case_is_reproduced(DecoderLayout layout, BeamRule rule)
    {
        var generator = fixture[layout];
        var failures = new List<string>();
        foreach (var c in Mt5Tiny.References)
        {
            var settings = generator.Resolve(GenerationSettings.Read(c.GenerateKwargs, c.CaseId) with { BeamRule = rule });
            var result = generator.Generate(c.InputIds, settings);
            var (ids, score) = rule == BeamRule.Legacy ? (c.OutputIds, c.SequenceScore) : (c.OutputIds436, c.SequenceScore436);
            if (!result.Ids.SequenceEqual(ids))
            {
                failures.Add($"{c.CaseId}: got [{string.Join(",", result.Ids)}] want [{string.Join(",", ids)}]");
            }
            else if (score is { } s && (result.Score is not { } got || Math.Abs(got - s) > 1e-4))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{c.CaseId}: score {result.Score} want {s}"));
            }
            else if (generator.Tokenizer.Decode(result.Ids) != (rule == BeamRule.Legacy ? c.Decoded : c.Decoded436))
            {
                failures.Add($"{c.CaseId}: decoded text differs");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Mt5Tiny.References.Count} cases differ:\n" + string.Join("\n", failures.Take(20)));
    }

    [SharedFact]
    public void The_two_beam_rules_differ_exactly_where_the_references_do()
    {
        var differing = Mt5Tiny.References.Where(c => !c.OutputIds.SequenceEqual(c.OutputIds436)).Select(c => c.CaseId).ToList();
        Assert.Equal(2, differing.Count);
        var generator = fixture[DecoderLayout.Pair];
        foreach (var id in differing)
        {
            var c = Mt5Tiny.Case(id);
            var options = GenerationSettings.Read(c.GenerateKwargs, id);
            var legacy = generator.Generate(c.InputIds, generator.Resolve(options with { BeamRule = BeamRule.Legacy }));
            var current = generator.Generate(c.InputIds, generator.Resolve(options with { BeamRule = BeamRule.Current }));
            Assert.NotEqual(legacy.Ids, current.Ids);
        }
    }

    [SharedFact]
    public void Decoding_without_cache_gives_the_same_ids_on_a_sample()
    {
        var generator = fixture[DecoderLayout.NoCache];
        foreach (var c in Mt5Tiny.References.Where((_, i) => i % 15 == 0))
        {
            var settings = generator.Resolve(GenerationSettings.Read(c.GenerateKwargs, c.CaseId) with { BeamRule = BeamRule.Legacy });
            Assert.Equal(c.OutputIds, generator.Generate(c.InputIds, settings).Ids);
        }
    }
}
