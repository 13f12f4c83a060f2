using System.Text;
using SummEval.Datasets;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

/// <summary>Every bad input gets a <see cref="DatasetException"/> naming file, line and field in its message.</summary>
public sealed class DatasetErrorTests : IDisposable
{
    private const string Good = "{\"id\": \"a\", \"title\": \"标题\", \"content\": \"正文\"}\n";
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private DatasetException Fails(string name, string text, DatasetLoadOptions? options = null)
    {
        var path = _files.Write(name, text);
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load(path, options));
        Assert.Equal(path, ex.File);
        Assert.StartsWith(path, ex.Message);
        return ex;
    }

    private static void AssertAt(DatasetException ex, int line, string? field, string phrase)
    {
        Assert.Equal(line, ex.Line);
        Assert.Equal(field, ex.Field);
        Assert.Contains($":{line}: ", ex.Message);
        if (field is not null)
        {
            Assert.Contains($"field '{field}'", ex.Message);
        }

        Assert.Contains(phrase, ex.Message);
    }

    [Fact]
    public void MalformedJsonLineNamesTheLineAndColumn()
    {
        var ex = Fails("d.jsonl", Good + "{\"id\": \"b\", \"title\": \"t\" \"content\": \"c\"}\n");
        AssertAt(ex, 2, null, "malformed JSON");
        Assert.Contains("(byte 26 of the line)", ex.Message);
    }

    [Fact]
    public void MalformedJsonArrayNamesTheLine()
    {
        var ex = Fails("d.json", "[\n {\"title\": \"t\", \"content\": \"c\"},\n {\"title\": \"t\" \"content\": \"c\"}\n]");
        AssertAt(ex, 3, null, "malformed JSON");
    }

    [Fact]
    public void JsonArrayThatIsNotAnArrayIsExplained()
    {
        var ex = Fails("d.json", "{\"title\": \"t\", \"content\": \"c\"}");
        AssertAt(ex, 1, null, "expected a JSON array");
    }

    [Fact]
    public void ALineThatIsNotAnObjectIsAnError() =>
        AssertAt(Fails("d.jsonl", Good + "[1, 2]\n"), 2, null, "expected a JSON object, found an array");

    [Fact]
    public void MissingSourceNamesTheField() =>
        AssertAt(Fails("d.jsonl", Good + "{\"id\": \"b\", \"title\": \"t\"}\n"), 2, "content", "missing source");

    [Fact]
    public void EmptySourceNamesTheField() =>
        AssertAt(Fails("d.jsonl", Good + "{\"id\": \"b\", \"title\": \"t\", \"content\": \"  \"}\n"), 2, "content", "empty source");

    [Fact]
    public void NoSourceFieldAtAllListsWhatWasLookedFor()
    {
        var ex = Fails("d.jsonl", "{\"id\": \"a\", \"body\": \"x\", \"title\": \"t\"}\n");
        AssertAt(ex, 1, "content", "looked for content, abst, abstract, source, text");
        Assert.Contains("fields present: id, body, title", ex.Message);
    }

    [Fact]
    public void MissingReferenceNamesTheField() =>
        AssertAt(Fails("d.jsonl", Good + "{\"id\": \"b\", \"content\": \"c\"}\n"), 2, "title", "missing reference");

    [Fact]
    public void EmptyReferenceNamesTheField() =>
        AssertAt(Fails("d.jsonl", Good + Good.Replace("\"a\"", "\"b\"").Replace("标题", "")), 2, "title", "empty reference");

    [Fact]
    public void EmptyReferenceInAListNamesTheElement() =>
        AssertAt(Fails("d.jsonl", "{\"id\": \"a\", \"content\": \"c\", \"references\": [\"ok\", \"\"]}\n"), 1, "references[1]", "empty reference");

    [Fact]
    public void EmptyReferenceListIsAnError() =>
        AssertAt(Fails("d.jsonl", "{\"id\": \"a\", \"content\": \"c\", \"references\": []}\n"), 1, "references", "empty reference list");

    [Fact]
    public void NonStringSourceIsAnError() =>
        AssertAt(Fails("d.jsonl", "{\"id\": \"a\", \"content\": 5, \"title\": \"t\"}\n"), 1, "content", "must be a string, found number");

    [Fact]
    public void DuplicateIdsNameBothLines()
    {
        var ex = Fails("d.jsonl", Good + "\n" + Good);
        AssertAt(ex, 3, "id", "duplicate id 'a'");
        Assert.Contains("first used on line 1", ex.Message);
    }

    [Fact]
    public void DuplicateIdsInCsvToo() =>
        AssertAt(Fails("d.csv", "id,content,title\nx,c,t\nx,c2,t2\n"), 3, "id", "duplicate id 'x'");

    [Fact]
    public void InvalidUtf8NamesTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Good + Good.Replace("\"a\"", "\"b\"")).ToList();
        var at = Encoding.UTF8.GetByteCount(Good) + 10;
        bytes.Insert(at, 0xFF);
        var path = _files.WriteBytes("d.jsonl", [.. bytes]);
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load(path));
        AssertAt(ex, 2, null, "invalid UTF-8");
        Assert.Contains("byte 11", ex.Message);
    }

    [Fact]
    public void Utf16FileIsReportedNotMisread()
    {
        var path = _files.WriteBytes("d.jsonl", Encoding.Unicode.GetBytes(Good));
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load(path));
        Assert.Equal(1, ex.Line);
        Assert.True(ex.Message.Contains("UTF-8") || ex.Message.Contains("NUL"), ex.Message);
    }

    [Fact]
    public void RawNulCharacterNamesTheLine() =>
        AssertAt(Fails("d.tsv", "t\tc\nt2\tc\0x\n"), 2, null, "NUL character");

    [Fact]
    public void EscapedNulCharacterNamesTheField() =>
        AssertAt(Fails("d.jsonl", Good + "{\"id\": \"b\", \"title\": \"t\\u0000\", \"content\": \"c\"}\n"), 2, "title", "NUL character");

    [Theory]
    [InlineData("d.jsonl")]
    [InlineData("d.json")]
    [InlineData("d.tsv")]
    [InlineData("d.csv")]
    public void EmptyFileIsAnError(string name)
    {
        foreach (var text in new[] { string.Empty, "\n\r\n  \n", "\uFEFF" })
        {
            var ex = Fails(name, text);
            Assert.Contains("empty", ex.Message);
            Assert.Null(ex.Line);
        }
    }

    [Fact]
    public void EmptyJsonArrayHasNoDocuments() => Assert.Contains("no documents", Fails("d.json", "[ ]").Message);

    [Fact]
    public void CsvHeaderOnlyHasNoDocuments() => Assert.Contains("no documents", Fails("d.csv", "id,content,title\n").Message);

    [Fact]
    public void TsvWithTheWrongColumnCountNamesTheLine() =>
        AssertAt(Fails("d.tsv", "t\tc\nonly-one-column\n"), 2, null, "expected 2 tab-separated columns (title, content), found 1");

    [Fact]
    public void CsvUnclosedQuoteNamesWhereItOpened() =>
        AssertAt(Fails("d.csv", "id,content,title\n1,c,t\n2,\"never closed,t\n3,c,t\n"), 3, null, "never closed");

    [Fact]
    public void CsvTextAfterAClosingQuoteIsAnError() =>
        AssertAt(Fails("d.csv", "id,content,title\n1,\"a\"b,t\n"), 2, null, "after a closing quote");

    [Fact]
    public void CsvRowWithTooManyCellsNamesTheLine() =>
        AssertAt(Fails("d.csv", "id,content,title\n1,c,t,extra\n"), 2, null, "expected 3 columns");

    [Fact]
    public void CsvDuplicateHeaderNamesTheColumn() =>
        AssertAt(Fails("d.csv", "id,content,content\n1,c,t\n"), 1, "content", "appears twice");

    [Fact]
    public void MissingIdWhenTheFirstRecordHasOne() =>
        AssertAt(Fails("d.jsonl", Good + "{\"title\": \"t\", \"content\": \"c\"}\n"), 2, "id", "missing id");

    [Fact]
    public void MissingFileIsADatasetExceptionNotAStackTrace()
    {
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load(Path.Combine(_files.Folder, "nope.jsonl")));
        Assert.Contains("no such file or dataset name", ex.Message);
        Assert.Contains("csl:test", ex.Message);
    }

    [Fact]
    public void BomAndCrlfAreHandledSilently()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Good.Replace("\n", "\r\n") + "{\"id\": \"b\", \"title\": \"二\", \"content\": \"正文二\"}\r\n")).ToArray();
        foreach (var (name, content) in new[]
        {
            ("d.jsonl", bytes),
            ("d.tsv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("标题\t正文\r\n二\t正文二\r\n")).ToArray()),
            ("d.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("title,content\r\n标题,正文\r\n二,正文二\r\n")).ToArray()),
            ("d.json", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("[\r\n{\"title\": \"标题\", \"content\": \"正文\"},\r\n{\"title\": \"二\", \"content\": \"正文二\"}\r\n]\r\n")).ToArray()),
        })
        {
            var dataset = DatasetLoader.Load(_files.WriteBytes(name, content));
            Assert.Equal(2, dataset.Documents.Count);
            Assert.Equal("正文", dataset.Documents[0].Source);
            Assert.Equal(["标题"], dataset.Documents[0].References);
            Assert.Equal("正文二", dataset.Documents[1].Source);
            Assert.DoesNotContain(dataset.Documents, d => d.Id.Contains('\r') || d.Source.Contains('\r') || d.References.Any(r => r.Contains('\r') || r.Contains('\uFEFF')));
        }
    }
}
