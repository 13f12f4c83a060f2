using SummEval.Documents;
using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;
using SummEval.Summarizers;
using SummEval.Testing;
using SummEval.Text;
using Xunit;

namespace SummEval.Mt5.Tests.Conformance;

/// <summary>The <c>mt5-onnx</c> spec end to end on the tiny model, and session-level errors.</summary>
public sealed class SummarizerTests
{
    private static readonly Mt5SummarizerFactory Factory = new();

    [SharedFact]
    public async Task The_spec_reproduces_a_reference_case_from_its_text()
    {
        var c = Mt5Tiny.Case("csl-test-0003/beam4-lp1.0-es1-max20");
        using var summarizer = Create($"mt5-onnx:model={Mt5Tiny.Folder},numBeams=4,maxLength=20,lengthPenalty=1.0,earlyStopping=true,maxInputTokens=128,threads=1");
        var result = await summarizer.SummarizeAsync(Document.Unlabelled("d", c.Text), SummaryOptions.Default);
        Assert.Equal(c.Decoded436, result.Text);
        Assert.Equal(128, result.Usage!.InputTokens);
        Assert.Equal(c.OutputIds436.Length - 1, result.Usage.OutputTokens);
    }

    [SharedFact]
    public async Task Defaults_come_from_the_folder_and_the_budget_is_kept()
    {
        using var summarizer = Create($"mt5-onnx:model={Mt5Tiny.Folder},decoder=merged,maxInputTokens=128");
        Assert.Equal((4, 84, 0.6, 2, EarlyStopping.False), (summarizer.Settings.NumBeams, summarizer.Settings.MaxLength, summarizer.Settings.LengthPenalty, summarizer.Settings.NoRepeatNgramSize, summarizer.Settings.EarlyStopping));
        var c = Mt5Tiny.Case("csl-test-0001/xlsum-card");
        var plain = await summarizer.SummarizeAsync(Document.Unlabelled("d", c.Text), SummaryOptions.Default);
        Assert.Equal(c.Decoded436, plain.Text);
        var budgeted = await summarizer.SummarizeAsync(Document.Unlabelled("d", c.Text), SummaryOptions.WithBudget(20));
        Assert.True(TextLength.Chars(budgeted.Text) <= 20, budgeted.Text);
    }

    [Fact]
    public void The_model_parameter_is_required_and_values_are_checked()
    {
        Assert.Contains("needs parameter 'model'", Assert.Throws<SummarizerSpecException>(() => Create("mt5-onnx")).Message);
        Assert.Contains("earlyStopping", Assert.Throws<SummarizerSpecException>(() => Create("mt5-onnx:model=x,earlyStopping=maybe")).Message);
        Assert.Contains("does not exist", Assert.Throws<Mt5ModelException>(() => Create("mt5-onnx:model=/nonexistent/mt5")).Message);
    }

    [SharedFact]
    public void Invalid_generation_values_are_spec_errors()
    {
        var e = Assert.Throws<SummarizerSpecException>(() => Create($"mt5-onnx:model={Mt5Tiny.Folder},numBeams=0"));
        Assert.Contains("num_beams", e.Message);
    }

    [SharedFact]
    public void An_onnx_file_with_the_wrong_interface_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("summeval-mt5-wrong-").FullName;
        try
        {
            foreach (var f in new[] { "config.json", "spiece.model", "decoder_model_merged.onnx" })
            {
                File.Copy(Path.Combine(Mt5Tiny.Folder, f), Path.Combine(dir, f));
            }

            // The decoder where the encoder should be: loads, but its inputs are not the encoder's.
            File.Copy(Path.Combine(Mt5Tiny.Folder, "decoder_model.onnx"), Path.Combine(dir, "encoder_model.onnx"));
            var e = Assert.Throws<Mt5ModelException>(() => Mt5Generator.Open(dir));
            Assert.Contains("encoder_model.onnx: not Optimum's seq2seq interface", e.Message);
            Assert.Contains("attention_mask", e.Message);

            File.WriteAllText(Path.Combine(dir, "encoder_model.onnx"), "not a model");
            Assert.Contains("ONNX Runtime cannot load it", Assert.Throws<Mt5ModelException>(() => Mt5Generator.Open(dir)).Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static Mt5Summarizer Create(string spec)
    {
        var parsed = SummarizerSpec.Parse(spec);
        return (Mt5Summarizer)Factory.Create(SummarizerArguments.Bind(parsed, Factory.Parameters));
    }
}
