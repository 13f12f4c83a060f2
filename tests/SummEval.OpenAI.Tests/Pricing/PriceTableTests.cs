using SummEval.OpenAI.Chat;
using SummEval.OpenAI.Pricing;

namespace SummEval.OpenAI.Tests.Pricing;

public sealed class PriceTableTests
{
    [Fact]
    public void Finds_snapshots_fine_tuned_models_and_overrides()
    {
        var table = PriceTable.Default;
        Assert.Equal(0.15m, table.Find("gpt-4o-mini-2024-07-18")!.InputPerMillion);
        Assert.Equal(0.30m, table.Find("ft:gpt-4o-mini-2024-07-18:org:csl:abc123")!.InputPerMillion);
        Assert.Equal(1.60m, table.Find("ft:babbage-002:org::x")!.OutputPerMillion);
        Assert.Null(table.Find("llama-3"));
        Assert.Null(table.Price("llama-3", 10, 10).CostUsd);
        var custom = table.WithOverrides("llama-3=1/2;gpt-4o-mini=0.2/0.8/4");
        Assert.Equal(0.00003m, custom.Price("llama-3", 10, 10).CostUsd);
        Assert.Equal(4m, custom.Find("gpt-4o-mini")!.TrainingPerMillion);
        Assert.Throws<FormatException>(() => table.WithOverrides("bad"));
    }

    [Theory]
    [InlineData("总结到{maxChars}字:\n{text}", "总结到20字:\n原文")]
    [InlineData("总结到{maxChars}字:\\n{text}", "总结到20字:\n原文")]
    [InlineData("总结", "总结\n原文")]
    public void Prompt_templates_fill_budget_and_text(string template, string expected) =>
        Assert.Equal(expected, PromptTemplate.Fill(template, "原文", null));
}
