using SummEval.Mt5.Tests.Conformance;
using SummEval.Mt5.Tokenization;
using SummEval.Testing;
using Xunit;

namespace SummEval.Mt5.Tests.Tokenization;

public sealed class TokenizerConformanceTests
{
    private static readonly Lazy<Mt5Tokenizer> Tokenizer = new(() => Mt5Tokenizer.Load(Path.Combine(Mt5Tiny.Folder, "spiece.model")));

    [SharedFact]
    public void Input_ids_equal_the_references_for_every_case()
    {
        var mismatches = new List<string>();
        foreach (var c in Mt5Tiny.References)
        {
            var ids = Tokenizer.Value.Encode(c.Text, maxTokens: 128);
            if (!ids.SequenceEqual(c.InputIds))
            {
                mismatches.Add($"{c.CaseId}: got [{string.Join(",", ids)}] want [{string.Join(",", c.InputIds)}]");
            }
        }

        Assert.Empty(mismatches);
    }

    [SharedFact]
    public void Decoding_the_reference_outputs_gives_the_reference_text()
    {
        var mismatches = new List<string>();
        foreach (var c in Mt5Tiny.References)
        {
            var text = Tokenizer.Value.Decode(c.OutputIds);
            if (text != c.Decoded)
            {
                mismatches.Add($"{c.CaseId}: got '{text}' want '{c.Decoded}'");
            }

            var text436 = Tokenizer.Value.Decode(c.OutputIds436);
            if (text436 != c.Decoded436)
            {
                mismatches.Add($"{c.CaseId} (4.36): got '{text436}' want '{c.Decoded436}'");
            }
        }

        Assert.Empty(mismatches);
    }
}
