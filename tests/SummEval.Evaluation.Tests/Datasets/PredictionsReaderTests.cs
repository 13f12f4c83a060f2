using System.Text;
using SummEval.Datasets;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

public sealed class PredictionsReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private DatasetException Fails(string text)
    {
        var path = _files.Write("p.jsonl", text);
        var ex = Assert.Throws<DatasetException>(() => PredictionsReader.Read(path));
        Assert.Equal(path, ex.File);
        return ex;
    }

    [Fact]
    public void ReadsInFileOrderAndAcceptsEmptySummaries()
    {
        var path = _files.WriteBytes("p.jsonl", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "{\"id\": \"b\", \"summary\": \"第二\"}\r\n\r\n{\"id\": \"a\", \"summary\": \"\"}\r\n{\"id\": 3, \"summary\": \" 带空格 \", \"extra\": 1}\r\n")).ToArray());
        var predictions = PredictionsReader.Read(path);
        Assert.Equal(["b", "a", "3"], predictions.Select(p => p.Id));
        Assert.Equal(["第二", "", " 带空格 "], predictions.Select(p => p.Summary));
        Assert.Equal([1, 3, 4], predictions.Select(p => p.Line));
        Assert.Equal("第二", PredictionsReader.ById(predictions)["b"].Summary);
    }

    [Fact]
    public void MissingSummaryIsAnError()
    {
        var ex = Fails("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"b\"}\n");
        Assert.Equal((2, "summary"), (ex.Line, ex.Field));
        Assert.Contains(":2: field 'summary': missing summary", ex.Message);
    }

    [Fact]
    public void NullSummaryIsAnError() => Assert.Equal("summary", Fails("{\"id\": \"a\", \"summary\": null}\n").Field);

    [Fact]
    public void NonStringSummaryIsAnError() => Assert.Contains("must be a string, found number", Fails("{\"id\": \"a\", \"summary\": 1}\n").Message);

    [Fact]
    public void MissingIdIsAnError()
    {
        var ex = Fails("{\"summary\": \"x\"}\n");
        Assert.Equal((1, "id"), (ex.Line, ex.Field));
        Assert.Contains("missing id", ex.Message);
    }

    [Fact]
    public void DuplicateIdsAreErrors()
    {
        var ex = Fails("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"z\", \"summary\": \"y\"}\n{\"id\": \"a\", \"summary\": \"y\"}\n");
        Assert.Equal((3, "id"), (ex.Line, ex.Field));
        Assert.Contains("duplicate id 'a' (first used on line 1)", ex.Message);
    }

    [Fact]
    public void MalformedJsonNamesTheLine()
    {
        var ex = Fails("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"b\", \"summary\": \"y\"\n");
        Assert.Equal(2, ex.Line);
        Assert.Contains("malformed JSON", ex.Message);
    }

    [Fact]
    public void InvalidUtf8NamesTheLine()
    {
        var path = _files.WriteBytes("p.jsonl", [.. Encoding.UTF8.GetBytes("{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"b\", \"summary\": \""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}\n")]);
        var ex = Assert.Throws<DatasetException>(() => PredictionsReader.Read(path));
        Assert.Equal(2, ex.Line);
        Assert.Contains("invalid UTF-8", ex.Message);
    }

    [Fact]
    public void NulCharacterNamesTheField()
    {
        var ex = Fails("{\"id\": \"a\", \"summary\": \"x\\u0000\"}\n");
        Assert.Equal((1, "summary"), (ex.Line, ex.Field));
    }

    [Fact]
    public void EmptyFileIsAnError()
    {
        Assert.Contains("empty", Fails(string.Empty).Message);
        Assert.Contains("empty", Fails("\n \n").Message);
    }

    [Fact]
    public void MissingFileIsADatasetException()
    {
        var ex = Assert.Throws<DatasetException>(() => PredictionsReader.Read(Path.Combine(_files.Folder, "missing.jsonl")));
        Assert.Contains("file not found", ex.Message);
    }
}
