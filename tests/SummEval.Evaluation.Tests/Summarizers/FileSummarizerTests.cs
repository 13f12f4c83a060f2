using SummEval.Documents;
using SummEval.Summarizers;
using SummEval.Summarizers.File;
using Xunit;

namespace SummEval.Evaluation.Tests.Summarizers;

public sealed class FileSummarizerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-file-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ISummarizer Create(string content)
    {
        var path = Path.Combine(_dir, "p.jsonl");
        File.WriteAllText(path, content);
        var factory = new FileSummarizerFactory();
        return factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse($"file:path={path}"), factory.Parameters));
    }

    [Fact]
    public async Task Serves_each_document_its_prediction_unchanged_even_over_budget()
    {
        var summarizer = Create("{\"id\":\"d1\",\"summary\":\"一个很长的预测摘要\"}\n{\"id\":\"d2\",\"summary\":\"\"}\n");
        var first = await summarizer.SummarizeAsync(Document.Unlabelled("d1", "原文"), SummaryOptions.WithBudget(3));
        Assert.Equal("一个很长的预测摘要", first.Text);
        Assert.True(first.Cached);
        Assert.Equal(string.Empty, (await summarizer.SummarizeAsync(Document.Unlabelled("d2", "原文"), SummaryOptions.Default)).Text);
    }

    [Fact]
    public async Task A_document_without_a_prediction_fails_naming_the_file_and_id()
    {
        var summarizer = Create("{\"id\":\"d1\",\"summary\":\"x\"}\n");
        var ex = await Assert.ThrowsAsync<KeyNotFoundException>(() => summarizer.SummarizeAsync(Document.Unlabelled("d9", "原文"), SummaryOptions.Default));
        Assert.Contains("p.jsonl", ex.Message);
        Assert.Contains("'d9'", ex.Message);
    }

    [Fact]
    public void A_missing_file_is_a_spec_error()
    {
        var factory = new FileSummarizerFactory();
        var ex = Assert.Throws<SummarizerSpecException>(() =>
            factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse($"file:path={Path.Combine(_dir, "none.jsonl")}"), factory.Parameters)));
        Assert.Contains("none.jsonl", ex.Message);
    }
}
