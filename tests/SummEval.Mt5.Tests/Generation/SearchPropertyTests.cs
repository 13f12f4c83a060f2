using CsCheck;
using SummEval.Mt5.Generation;
using SummEval.Mt5.Tokenization;
using SummEval.Testing;
using Xunit;

namespace SummEval.Mt5.Tests.Generation;

/// <summary>Invariants of greedy and beam search over random settings and a fake decoder (fixed seeds: never flaky).</summary>
public sealed class SearchPropertyTests
{
    private const ulong Seed = 20261129;

    private const int Vocab = 10;

    // pad, eos, unk, then visible pieces of 1, 2, 3 and 0 (a bare space at the start) characters.
    private static readonly Mt5Tokenizer Tokenizer = new(
        new SentencePieceModel
        {
            Pieces =
            [
                new("<pad>", 0, PieceType.Control), new("</s>", 0, PieceType.Control), new("<unk>", 0, PieceType.Unknown),
                new("▁a", -1, PieceType.Normal), new("b", -1, PieceType.Normal), new("cc", -2, PieceType.Normal),
                new("▁", -1, PieceType.Normal), new("ddd", -3, PieceType.Normal), new("e", -1, PieceType.Normal), new("▁ff", -2, PieceType.Normal),
            ],
        },
        "fake");

    private static readonly Gen<GenerationSettings> Settings =
        Gen.Select(Gen.Int[1, 4], Gen.Int[2, 12], Gen.Int[0, 3], Gen.Double[-1.0, 2.0], Gen.Int[0, 2], Gen.Int[0, 4], Gen.Bool)
            .Select((beams, maxLength, ngram, lp, es, minLength, legacy) => GenerationSettings.From(new GenerationOptions
            {
                NumBeams = beams,
                MaxLength = maxLength,
                NoRepeatNgramSize = ngram,
                LengthPenalty = Math.Round(lp, 2),
                EarlyStopping = (EarlyStopping)es,
                MinLength = minLength,
                BeamRule = legacy ? BeamRule.Legacy : BeamRule.Current,
            }));

    [Fact]
    public void Outputs_respect_length_ngram_and_budget_limits() =>
        PropertyCheck.ForAll(Gen.Select(Settings, Gen.Int[0, 1000], Gen.Int[0, 8]), t =>
        {
            var (settings, seed, maxChars) = t;
            var budget = new CharacterBudget(Tokenizer, Vocab, maxChars);
            var output = Search(settings, [seed], budget)[0];
            var ids = output.Ids;
            Assert.Equal(0L, ids[0]);
            Assert.True(ids.Length <= settings.MaxLength, $"{ids.Length} > {settings.MaxLength}");
            Assert.True(ids.Length == settings.MaxLength || ids[^1] == 1, "a short output ends with </s>");
            Assert.DoesNotContain(1L, ids[1..^1]);
            if (settings.NoRepeatNgramSize > 0)
            {
                var grams = Enumerable.Range(0, Math.Max(0, ids.Length - settings.NoRepeatNgramSize + 1))
                    .Select(i => string.Join(',', ids.Skip(i).Take(settings.NoRepeatNgramSize))).ToList();
                Assert.Equal(grams.Count, grams.Distinct().Count());
            }

            var used = ids.Aggregate(0, budget.After);
            Assert.True(used <= maxChars, $"{used} > {maxChars}");
            Assert.True(Tokenizer.Decode(ids).Length <= maxChars);
        }, Seed, iterations: 400);

    [Fact]
    public void A_budget_that_cannot_bind_changes_nothing() =>
        PropertyCheck.ForAll(Gen.Select(Settings, Gen.Int[0, 1000]), t =>
        {
            var (settings, seed) = t;
            var plain = Search(settings, [seed], null)[0];
            var roomy = Search(settings, [seed], new CharacterBudget(Tokenizer, Vocab, 3 * settings.MaxLength))[0];
            Assert.Equal(plain.Ids, roomy.Ids);
            Assert.Equal(plain.Score, roomy.Score);
        }, Seed, iterations: 300);

    [Fact]
    public void A_batch_gives_what_each_document_gives_alone() =>
        PropertyCheck.ForAll(Gen.Select(Settings, Gen.Int[0, 1000].Array[2, 4]), t =>
        {
            var (settings, seeds) = t;
            var batch = Search(settings, seeds, null);
            for (var i = 0; i < seeds.Length; i++)
            {
                var alone = Search(settings, [seeds[i]], null)[0];
                Assert.Equal(alone.Ids, batch[i].Ids);
                Assert.Equal(alone.Score, batch[i].Score);
            }
        }, Seed, iterations: 200);

    [Fact]
    public void Early_stopping_true_never_runs_longer_than_false()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var options = new GenerationOptions { NumBeams = 3, MaxLength = 12, LengthPenalty = 1.0 };
            var eager = new FakeDecoder(Vocab, [seed], 3);
            BeamSearch.Run(eager, 1, GenerationSettings.From(options with { EarlyStopping = EarlyStopping.True }));
            var patient = new FakeDecoder(Vocab, [seed], 3);
            BeamSearch.Run(patient, 1, GenerationSettings.From(options with { EarlyStopping = EarlyStopping.Never }));
            Assert.True(eager.Steps <= patient.Steps, $"seed {seed}: {eager.Steps} > {patient.Steps}");
        }
    }

    [Fact]
    public void No_repeat_ngram_bans_follow_hugging_face()
    {
        var scores = new float[6];
        // Bigrams of [0, 3, 4, 3]: (0,3), (3,4), (4,3); the last token is 3, so 4 is banned.
        LogitsProcessor.BanRepeatedNgrams(scores, [0, 3, 4, 3], 2);
        Assert.Equal([0f, 0, 0, 0, float.NegativeInfinity, 0], scores);
        scores = new float[6];
        // Size 1 bans every token already present, the start token included.
        LogitsProcessor.BanRepeatedNgrams(scores, [0, 5], 1);
        Assert.Equal([float.NegativeInfinity, 0, 0, 0, 0, float.NegativeInfinity], scores);
        scores = new float[6];
        // No bans while the sequence is shorter than n - 1.
        LogitsProcessor.BanRepeatedNgrams(scores, [0], 3);
        Assert.All(scores, s => Assert.Equal(0f, s));
    }

    private static GeneratedSequence[] Search(GenerationSettings settings, int[] seeds, CharacterBudget? budget)
    {
        var decoder = new FakeDecoder(Vocab, seeds, settings.NumBeams);
        return settings.NumBeams == 1
            ? GreedySearch.Run(decoder, seeds.Length, settings, budget)
            : BeamSearch.Run(decoder, seeds.Length, settings, budget);
    }
}
