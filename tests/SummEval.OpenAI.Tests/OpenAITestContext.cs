using SummEval.Documents;
using SummEval.OpenAI.Chat;
using SummEval.OpenAI.Completions;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Tests;

/// <summary>A fake server plus a temporary folder, and summarizers built the way the CLI builds them.</summary>
public sealed class OpenAITestContext : IAsyncDisposable
{
    public OpenAITestContext()
    {
        Folder = Directory.CreateTempSubdirectory("summeval-openai-").FullName;
        Server = new FakeOpenAIServer("sk-test-" + Guid.NewGuid().ToString("N"));
    }

    public FakeOpenAIServer Server { get; }

    public string Folder { get; }

    public string CachePath => Path.Combine(Folder, "cache.sqlite");

    public static Document Doc(string id, string text) => new(id, text, []);

    public static IReadOnlyList<Document> Docs(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Doc("d" + i, $"第{i}篇文档讲述了一种新的文本摘要方法并在中文数据集上验证了效果"))];

    public ISummarizer Chat(string extra = "", bool cache = false) => Create(new OpenAIChatSummarizerFactory(), extra, cache);

    public ISummarizer Completions(string extra = "", bool cache = false) => Create(new OpenAICompletionsSummarizerFactory(), extra, cache);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The arguments of a spec for this server, as the CLI binds them.</summary>
    public SummarizerArguments Arguments(ISummarizerFactory factory, string extra = "", bool cache = false)
    {
        var spec = $"{factory.Name}:endpoint={Server.BaseUrl},apiKey={Server.ApiKey},backoff=0.02,cache={(cache ? CachePath : "none")}"
            + (extra.Length > 0 ? "," + extra : "");
        return SummarizerArguments.Bind(SummarizerSpec.Parse(spec), factory.Parameters);
    }

    private ISummarizer Create(ISummarizerFactory factory, string extra, bool cache) => factory.Create(Arguments(factory, extra, cache));
}
