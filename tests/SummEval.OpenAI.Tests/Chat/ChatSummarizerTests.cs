using System.Text.Json.Nodes;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Summarizers;
using SummEval.Text;
using static SummEval.OpenAI.Tests.OpenAITestContext;

namespace SummEval.OpenAI.Tests.Chat;

public sealed class ChatSummarizerTests
{
    private const string Source = "本文提出了一种基于图模型的中文文本自动摘要方法，实验表明该方法有效";

    [Fact]
    public async Task Sends_the_tutorial_prompt_and_reports_usage_and_cost()
    {
        await using var ctx = new OpenAITestContext();
        var result = await ctx.Chat().SummarizeAsync(Doc("a", Source), SummaryOptions.WithBudget(20));

        Assert.Equal(FakeOpenAIServer.SummaryOf("x\n" + Source, 10), result.Text);
        Assert.Equal(1, result.Attempts);
        Assert.False(result.Cached);
        var body = JsonNode.Parse(ctx.Server.Requests.Single().Body)!;
        Assert.Equal("gpt-4o-mini", (string?)body["model"]);
        Assert.Equal(0.3, (double)body["temperature"]!, 3);
        var prompt = (string)body["messages"]![0]!["content"]!;
        Assert.Equal("请对以下文本进行总结，注意总结的凝炼性，将总结字数控制在20个字以内:\n" + Source, prompt);
        Assert.Equal(TextLength.Chars(prompt), result.Usage!.InputTokens);
        Assert.Equal(10, result.Usage.OutputTokens);
        Assert.Equal(((TextLength.Chars(prompt) * 0.15m) + (10 * 0.60m)) / 1_000_000m, result.Usage.CostUsd);
    }

    [Fact]
    public async Task Policy_none_reports_the_overlong_answer_unchanged()
    {
        await using var ctx = new OpenAITestContext();
        ctx.Server.EnqueueReplyLengths(42);
        var result = await ctx.Chat("policy=none").SummarizeAsync(Doc("a", Source), SummaryOptions.WithBudget(20));
        Assert.Equal(42, TextLength.Chars(result.Text));
        Assert.Equal(1, ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task Policy_retry_asks_again_with_measured_length_until_it_fits()
    {
        await using var ctx = new OpenAITestContext();
        ctx.Server.EnqueueReplyLengths(43, 25, 18);
        var result = await ctx.Chat("policy=retry,retries=3").SummarizeAsync(Doc("a", Source), SummaryOptions.WithBudget(20));

        Assert.Equal(18, TextLength.Chars(result.Text));
        Assert.Equal(3, result.Attempts);
        Assert.Equal(43 + 25 + 18, result.Usage!.OutputTokens);
        var prompts = ctx.Server.Requests.Select(r => (string)JsonNode.Parse(r.Body)!["messages"]![0]!["content"]!).ToList();
        Assert.Contains("它有43个字，超过了20个字的限制", prompts[1]);
        Assert.Contains("它有25个字，超过了20个字的限制", prompts[2]);
    }

    [Fact]
    public async Task Policy_retry_stops_after_the_allowed_retries()
    {
        await using var ctx = new OpenAITestContext();
        ctx.Server.EnqueueReplyLengths(30, 30, 30, 5);
        var result = await ctx.Chat("policy=retry,retries=2").SummarizeAsync(Doc("a", Source), SummaryOptions.WithBudget(20));
        Assert.Equal(3, result.Attempts);
        Assert.Equal(30, TextLength.Chars(result.Text));
        Assert.Equal(3, ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task Policy_truncate_cuts_to_the_budget()
    {
        await using var ctx = new OpenAITestContext();
        ctx.Server.EnqueueReplyLengths(42);
        var result = await ctx.Chat("policy=truncate").SummarizeAsync(Doc("a", Source), SummaryOptions.WithBudget(20));
        Assert.Equal(20, TextLength.Chars(result.Text));
        Assert.Equal("true", result.Metadata!["truncated"]);
        Assert.Equal("42", result.Metadata["rawChars"]);
    }

    [Fact]
    public async Task Concurrency_limit_bounds_requests_in_flight()
    {
        await using var ctx = new OpenAITestContext();
        ctx.Server.ResponseDelay = TimeSpan.FromMilliseconds(150);
        var summarizer = ctx.Chat("concurrency=2");
        await Task.WhenAll(Docs(8).Select(d => summarizer.SummarizeAsync(d, SummaryOptions.WithBudget(20))));
        Assert.Equal(8, ctx.Server.ModelRequests);
        Assert.Equal(2, ctx.Server.MaxConcurrentRequests);
    }

    [Fact]
    public async Task Any_IChatClient_plugs_in()
    {
        var client = new EchoChatClient();
        var summarizer = new SummEval.OpenAI.Chat.ChatSummarizer(client, new SummEval.OpenAI.Chat.ModelCallSettings("local-model") { Policy = SummEval.OpenAI.LengthPolicies.LengthPolicy.Truncate });
        var result = await summarizer.SummarizeAsync(Doc("a", Source), SummaryOptions.WithBudget(5));
        Assert.Equal(TextLength.Truncate(Source, 5), result.Text);
        Assert.Equal("local-model", client.LastModel);
        Assert.Null(result.Usage!.CostUsd);
    }
}
