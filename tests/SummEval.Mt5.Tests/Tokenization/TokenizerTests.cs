using SummEval.Mt5.Tests.Conformance;
using SummEval.Mt5.Tokenization;
using SummEval.Testing;
using Xunit;

namespace SummEval.Mt5.Tests.Tokenization;

/// <summary>The tokenizer's edges: unknown runs, whitespace, truncation, and decoding of specials.</summary>
public sealed class TokenizerTests
{
    private static readonly Lazy<Mt5Tokenizer> Tokenizer = new(() => Mt5Tokenizer.Load(Path.Combine(Mt5Tiny.Folder, "spiece.model")));

    [SharedTheory]
    // Expected ids printed by Debian's sentencepiece 0.1.97 for this model.
    [InlineData("ÆØÅ𠮷𠮷x  abc", new[] { 11, 2, 828, 11, 170, 320, 253 })]
    [InlineData("  hello   world ", new[] { 11, 393, 1228, 162, 66, 11, 526, 456, 162, 233 })]
    [InlineData("😀😀😀中", new[] { 11, 2, 18 })]
    [InlineData("①②ｶﾞ　Ａ", new[] { 11, 1332, 2, 11, 51 })]
    [InlineData("", new int[0])]
    [InlineData("   ", new int[0])]
    public void Pieces_match_sentencepiece(string text, int[] expected) =>
        Assert.Equal(expected, Tokenizer.Value.EncodePieces(text));

    [SharedFact]
    public void Input_ids_end_with_eos_and_truncation_keeps_it_last()
    {
        var tokenizer = Tokenizer.Value;
        Assert.Equal([1L], tokenizer.Encode(string.Empty));
        var text = string.Concat(Enumerable.Repeat("分类受限玻尔兹曼机", 40));
        var full = tokenizer.Encode(text, 10_000);
        var cut = tokenizer.Encode(text, 16);
        Assert.Equal(16, cut.Length);
        Assert.Equal(1L, cut[^1]);
        Assert.Equal(full[..15], cut[..15]);
        Assert.Equal(1L, full[^1]);
    }

    [SharedFact]
    public void Decoding_skips_pad_eos_and_unk_and_trims()
    {
        var tokenizer = Tokenizer.Value;
        // 11 is the bare "▁" piece: a leading space that decoding trims.
        Assert.Equal("ab", tokenizer.Decode([0L, 11, 170, 2, 320, 1, 0]));
        Assert.Equal(string.Empty, tokenizer.Decode([0L, 1]));
        Assert.Equal(string.Empty, tokenizer.Decode([0L, 2999 + 5]));
    }
}
