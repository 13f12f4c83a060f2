using System.Text.Json.Nodes;
using SummEval.OpenAI.Completions;
using SummEval.OpenAI.Resilience;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Summarizers;
using static SummEval.OpenAI.Tests.OpenAITestContext;

namespace SummEval.OpenAI.Tests.Completions;

public sealed class CompletionsSummarizerTests
{
    [Fact]
    public async Task Uses_separator_and_newline_stop_and_strips_the_leading_space()
    {
        await using var ctx = new OpenAITestContext();
        const string source = "基于深度学习的中文文本摘要研究进展";
        var result = await ctx.Completions("model=ft:babbage-002:org:csl:abc").SummarizeAsync(Doc("a", source), SummaryOptions.WithBudget(20));

        var request = ctx.Server.Requests.Single();
        Assert.EndsWith("/v1/completions", request.Path);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(source + " ->", (string?)body["prompt"]);
        Assert.Equal("\n", (string?)body["stop"]![0]);
        Assert.Equal("ft:babbage-002:org:csl:abc", (string?)body["model"]);
        Assert.Equal(source[..10], result.Text);
        Assert.Equal(20, result.Usage!.InputTokens);
        Assert.Equal(((20 * 1.6m) + (10 * 1.6m)) / 1_000_000m, result.Usage.CostUsd);
    }

    [Fact]
    public async Task Retries_through_the_sdk_pipeline_and_applies_length_policies()
    {
        await using var ctx = new OpenAITestContext();
        ctx.Server.Enqueue(new Fault.RateLimited(0.05), new Fault.ServerError());
        ctx.Server.EnqueueReplyLengths(30);
        var result = await ctx.Completions("policy=truncate").SummarizeAsync(Docs(1)[0], SummaryOptions.WithBudget(20));
        Assert.Equal(20, result.Text.Length);
        Assert.Equal(3, ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task Unknown_model_and_cache()
    {
        await using var ctx = new OpenAITestContext();
        var e = await Assert.ThrowsAsync<OpenAIRequestException>(() => ctx.Completions("model=unknown-ft").SummarizeAsync(Docs(1)[0], SummaryOptions.WithBudget(20)));
        Assert.Equal(OpenAIFailureKind.UnknownModel, e.Kind);
        await ctx.Completions(cache: true).SummarizeAsync(Docs(1)[0], SummaryOptions.WithBudget(20));
        var again = await ctx.Completions(cache: true).SummarizeAsync(Docs(1)[0], SummaryOptions.WithBudget(20));
        Assert.True(again.Cached);
        Assert.Equal(2, ctx.Server.ModelRequests);
    }

    [Theory]
    [InlineData(" 摘要\n多余", "摘要")]
    [InlineData(" 摘要", "摘要")]
    [InlineData("摘要 ", "摘要")]
    public void Clean_removes_leading_space_and_text_after_stop(string completion, string expected) =>
        Assert.Equal(expected, CompletionFormat.Clean(completion));
}
