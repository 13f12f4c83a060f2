using SummEval.Documents;
using SummEval.Summarizers;
using SummEval.Summarizers.Exec;
using Xunit;

namespace SummEval.Evaluation.Tests.Summarizers;

public sealed class ExecSummarizerTests : IDisposable
{
    // A tiny summarizer in Python: answers with the request count and the text cut to maxChars,
    // and misbehaves on request for the ids 'slow', 'crash', 'garbage' and 'wrong-id'.
    private const string Script = """
        import json, sys, time
        n = 0
        for line in sys.stdin:
            req = json.loads(line)
            n += 1
            i = req["id"]
            if i == "slow":
                time.sleep(30)
            if i == "crash":
                print("model exploded on purpose", file=sys.stderr, flush=True)
                sys.exit(3)
            if i == "garbage":
                print("this is not json", flush=True)
                continue
            if i == "wrong-id":
                print(json.dumps({"id": "other", "summary": "x"}), flush=True)
                continue
            text = req["text"] if req["maxChars"] is None else req["text"][: req["maxChars"]]
            print(json.dumps({"id": i, "summary": f"{n}:{text}"}, ensure_ascii=False), flush=True)
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-exec-").FullName;

    public ExecSummarizerTests() => File.WriteAllText(Path.Combine(_dir, "summ.py"), Script);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ExecSummarizer Create(double timeoutSeconds = 10, double startupSeconds = 60) =>
        (ExecSummarizer)new ExecSummarizerFactory().Create(SummarizerArguments.Bind(
            SummarizerSpec.Parse($"exec:command=python3 summ.py,timeout={timeoutSeconds},startupTimeout={startupSeconds},workdir={_dir}"),
            new ExecSummarizerFactory().Parameters));

    private static Document Doc(string id, string text = "基于深度学习的中文文本摘要方法研究") => Document.Unlabelled(id, text);

    [Fact]
    public async Task Starts_once_and_answers_in_order_with_the_budget()
    {
        await using var summarizer = Create();
        var a = await summarizer.SummarizeAsync(Doc("a"), SummaryOptions.WithBudget(4));
        var b = await summarizer.SummarizeAsync(Doc("b"), SummaryOptions.Default);
        Assert.Equal("1:基于深度", a.Text);
        Assert.Equal("2:基于深度学习的中文文本摘要方法研究", b.Text); // same process: the counter went on
    }

    [Fact]
    public async Task A_crash_fails_that_document_with_its_stderr_and_the_next_one_restarts()
    {
        await using var summarizer = Create();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => summarizer.SummarizeAsync(Doc("crash"), SummaryOptions.Default));
        Assert.Contains("model exploded on purpose", ex.Message);
        Assert.Contains("exited with code 3", ex.Message);
        var next = await summarizer.SummarizeAsync(Doc("next"), SummaryOptions.Default);
        Assert.StartsWith("1:", next.Text); // a fresh process
    }

    [Fact]
    public async Task A_stuck_program_times_out_per_document()
    {
        // The per-document timeout starts once the program has answered once; the restart after a timeout gets the
        // startup allowance again, so a slow-loading program (or a loaded machine) is not failed for its start.
        await using var summarizer = Create(timeoutSeconds: 1);
        Assert.StartsWith("1:", (await summarizer.SummarizeAsync(Doc("warm"), SummaryOptions.Default)).Text);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => summarizer.SummarizeAsync(Doc("slow"), SummaryOptions.Default));
        Assert.Contains("within 1 s", ex.Message);
        Assert.StartsWith("1:", (await summarizer.SummarizeAsync(Doc("after"), SummaryOptions.Default)).Text);
    }

    [Fact]
    public async Task A_program_that_never_answers_its_first_document_fails_after_timeout_plus_startup()
    {
        await using var summarizer = Create(timeoutSeconds: 1, startupSeconds: 1);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => summarizer.SummarizeAsync(Doc("slow"), SummaryOptions.Default));
        Assert.Contains("within 2 s (the first document after a start", ex.Message);
    }

    [Theory]
    [InlineData("garbage", "not JSON")]
    [InlineData("wrong-id", "got one for 'other'")]
    public async Task Protocol_errors_are_explained(string id, string expected)
    {
        await using var summarizer = Create();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => summarizer.SummarizeAsync(Doc(id), SummaryOptions.Default));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public async Task A_missing_program_is_reported()
    {
        var summarizer = (ExecSummarizer)new ExecSummarizerFactory().Create(SummarizerArguments.Bind(
            SummarizerSpec.Parse("exec:command=/nonexistent/summarizer-binary"), new ExecSummarizerFactory().Parameters));
        await using var _ = summarizer;
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => summarizer.SummarizeAsync(Doc("a"), SummaryOptions.Default));
        Assert.Contains("/nonexistent/summarizer-binary", ex.Message);
    }

    [Fact]
    public void Spec_requires_a_command()
    {
        var ex = Assert.Throws<SummarizerSpecException>(() =>
            SummarizerArguments.Bind(SummarizerSpec.Parse("exec"), new ExecSummarizerFactory().Parameters));
        Assert.Contains("command", ex.Message);
    }
}
