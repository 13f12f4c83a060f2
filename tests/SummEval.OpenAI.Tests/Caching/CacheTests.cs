using SummEval.OpenAI.Caching;
using SummEval.Summarizers;
using static SummEval.OpenAI.Tests.OpenAITestContext;

namespace SummEval.OpenAI.Tests.Caching;

public sealed class CacheTests
{
    [Fact]
    public async Task A_rerun_makes_zero_requests_and_reports_the_same_usage()
    {
        await using var ctx = new OpenAITestContext();
        var docs = Docs(4);
        var first = new List<SummaryResult>();
        foreach (var d in docs)
        {
            first.Add(await ctx.Chat("policy=retry", cache: true).SummarizeAsync(d, SummaryOptions.WithBudget(20)));
        }

        var before = ctx.Server.ModelRequests;
        var rerun = ctx.Chat("policy=retry", cache: true);
        foreach (var (d, expected) in docs.Zip(first))
        {
            var again = await rerun.SummarizeAsync(d, SummaryOptions.WithBudget(20));
            Assert.True(again.Cached);
            Assert.Equal(expected.Text, again.Text);
            Assert.Equal(expected.Usage, again.Usage);
        }

        Assert.Equal(4, before);
        Assert.Equal(before, ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task An_interrupted_run_resumes_with_only_the_missing_requests()
    {
        await using var ctx = new OpenAITestContext();
        var docs = Docs(5);
        await ctx.Chat(cache: true).SummarizeAsync(docs[0], SummaryOptions.WithBudget(20));
        await ctx.Chat(cache: true).SummarizeAsync(docs[1], SummaryOptions.WithBudget(20));
        var summarizer = ctx.Chat(cache: true);
        foreach (var d in docs)
        {
            await summarizer.SummarizeAsync(d, SummaryOptions.WithBudget(20));
        }

        Assert.Equal(5, ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task Different_budget_model_or_temperature_is_a_different_request()
    {
        await using var ctx = new OpenAITestContext();
        var d = Docs(1)[0];
        await ctx.Chat(cache: true).SummarizeAsync(d, SummaryOptions.WithBudget(20));
        await ctx.Chat(cache: true).SummarizeAsync(d, SummaryOptions.WithBudget(30));
        await ctx.Chat("temperature=0.7", cache: true).SummarizeAsync(d, SummaryOptions.WithBudget(20));
        await ctx.Chat("model=gpt-4.1-mini", cache: true).SummarizeAsync(d, SummaryOptions.WithBudget(20));
        Assert.Equal(4, ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task The_key_is_not_part_of_the_cache_and_never_stored()
    {
        await using var ctx = new OpenAITestContext();

        // Disposed before the scan: a summarizer left to the finalizer closes its cache connection at any moment, and
        // SQLite then checkpoints and deletes cache.sqlite-wal between listing the folder and reading it.
        var summarizer = ctx.Chat(cache: true);
        try
        {
            await summarizer.SummarizeAsync(Docs(1)[0], SummaryOptions.WithBudget(20));
        }
        finally
        {
            ((IDisposable)summarizer).Dispose();
        }

        using (var cache = new ResponseCache(ctx.CachePath))
        {
            Assert.Equal(1, cache.Count());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(ctx.Folder))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.DoesNotContain(ctx.Server.ApiKey, System.Text.Encoding.UTF8.GetString(bytes));
            Assert.DoesNotContain(ctx.Server.ApiKey, System.Text.Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void Key_parts_cannot_run_together() =>
        Assert.NotEqual(ResponseCache.Key("ab", "c"), ResponseCache.Key("a", "bc"));
}
