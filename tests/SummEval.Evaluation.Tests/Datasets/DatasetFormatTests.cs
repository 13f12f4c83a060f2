using System.Text;
using SummEval.Datasets;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

public sealed class DatasetFormatTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void CanonicalCslJsonLinesLoadsWithNoOptions()
    {
        var path = _files.Write("d.jsonl", """
            {"id": "a", "title": "标题一", "content": "正文一,含CNN与3.5%。"}
            {"id": "b", "title": "标题二", "content": "正文二"}
            """);
        var dataset = DatasetLoader.Load(path);
        Assert.Equal("d.jsonl", dataset.Name);
        Assert.Equal(Path.GetFullPath(path), dataset.Origin);
        Assert.Equal(["a", "b"], dataset.Documents.Select(d => d.Id));
        Assert.Equal("正文一,含CNN与3.5%。", dataset.Documents[0].Source);
        Assert.Equal(["标题一"], dataset.Documents[0].References);
    }

    [Fact]
    public void APlainTextFileIsOneDocumentToSummarizeButNotToScore()
    {
        const string text = "目的 探讨二甲双胍对2型糖尿病患者血\n脂的影响。\r\n方法 选取患者120例。\n";
        var path = _files.WriteBytes("二甲双胍.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        Assert.Equal(DatasetFormat.Text, DatasetLoader.FormatOf(path));
        var dataset = DatasetLoader.Load(path, new DatasetLoadOptions { RequireReferences = false });
        var document = Assert.Single(dataset.Documents);
        Assert.Equal("二甲双胍", document.Id);
        Assert.Equal(text, document.Source);
        Assert.Empty(document.References);

        // run and score need references: the error says what the file is and what to do instead.
        var error = Assert.Throws<DatasetException>(() => DatasetLoader.Load(path));
        Assert.Contains("二甲双胍.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("plain text", error.Message, StringComparison.Ordinal);
        Assert.Contains("summarize", error.Message, StringComparison.Ordinal);
        Assert.Throws<DatasetException>(() => DatasetLoader.Load(_files.Write("empty.txt", ""), new DatasetLoadOptions { RequireReferences = false }));
    }

    [Fact]
    public void CanonicalReferencesJsonLinesLoadsWithNoOptionsAndKeepsEveryReference()
    {
        var path = _files.Write("d.jsonl", """
            {"id": "x1", "content": "源文本", "references": ["参考一", "参考二", "参考三"]}
            {"id": "x2", "content": "另一源文本", "references": ["只有一个"]}
            """);
        var dataset = DatasetLoader.Load(path);
        Assert.Equal(["参考一", "参考二", "参考三"], dataset.Documents[0].References);
        Assert.Equal(["只有一个"], dataset.Documents[1].References);
    }

    [Fact]
    public void JsonArrayInTheTutorialShapeGetsIdsInFileOrder()
    {
        var path = _files.Write("csl_data.json", """
            [
              {"title": "题目甲", "content": "内容甲"},
              {"title": "题目乙",
               "content": "内容乙"},
              {"title": "题目丙", "content": "内容丙"}
            ]
            """);
        var dataset = DatasetLoader.Load(path);
        Assert.Equal(["0000", "0001", "0002"], dataset.Documents.Select(d => d.Id));
        Assert.Equal("内容乙", dataset.Documents[1].Source);
        Assert.Equal(["题目丙"], dataset.Documents[2].References);
    }

    [Fact]
    public void TsvIsTitleThenContentLikeClge()
    {
        var path = _files.Write("val.tsv", "标题一\t内容一 \n标题二\t内容二\n\n");
        var dataset = DatasetLoader.Load(path);
        Assert.Equal(2, dataset.Documents.Count);
        Assert.Equal("内容一", dataset.Documents[0].Source); // trimmed
        Assert.Equal(["标题二"], dataset.Documents[1].References);
        Assert.Equal("0001", dataset.Documents[1].Id);
    }

    [Fact]
    public void ATsvHeaderNamingTheColumnsIsNoDocumentAndSetsTheirOrder()
    {
        // Before: "title<TAB>content" was read as a document whose title was "title".
        var header = DatasetLoader.Load(_files.Write("h.tsv", "title\tcontent\n标题一\t内容一\n"));
        Assert.Equal(["标题一"], Assert.Single(header.Documents).References);
        var swapped = DatasetLoader.Load(_files.Write("s.tsv", "Content\tTitle\n内容一\t标题一\n"));
        Assert.Equal("内容一", Assert.Single(swapped.Documents).Source);
        var prose = DatasetLoader.Load(_files.Write("p.tsv", "标题\t内容\n标题一\t内容一\n")); // not the column names: a document
        Assert.Equal(2, prose.Documents.Count);
    }

    [Fact]
    public void TsvColumnsCanBeNamed()
    {
        var path = _files.Write("d.tsv", "k1\t正文\t摘要\nk2\t正文二\t摘要二\n");
        var dataset = DatasetLoader.Load(path, new DatasetLoadOptions { Columns = ["id", "content", "summary"] });
        Assert.Equal(["k1", "k2"], dataset.Documents.Select(d => d.Id));
        Assert.Equal(["摘要二"], dataset.Documents[1].References);
    }

    [Fact]
    public void CsvFollowsRfc4180Quoting()
    {
        var path = _files.Write("d.csv",
            "id,content,title\r\n" +
            "1,\"含逗号,的正文\",普通标题\r\n" +
            "2,\"跨行\r\n的正文,\"\"引号\"\"\",\"标题\"\"二\"\"\"\r\n" +
            "3,第三,第三题\r\n");
        var dataset = DatasetLoader.Load(path);
        Assert.Equal(["1", "2", "3"], dataset.Documents.Select(d => d.Id));
        Assert.Equal("含逗号,的正文", dataset.Documents[0].Source);
        Assert.Equal("跨行\r\n的正文,\"引号\"", dataset.Documents[1].Source);
        Assert.Equal(["标题\"二\""], dataset.Documents[1].References);
    }

    [Fact]
    public void CsvLineNumbersCountLinesInsideQuotedFields()
    {
        var path = _files.Write("d.csv", "id,content,title\n1,\"a\nb\nc\",t\n2,,t\n");
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load(path));
        Assert.Equal(5, ex.Line);
        Assert.Equal("content", ex.Field);
    }

    [Fact]
    public void FieldMappingPicksSourceReferencesAndId()
    {
        var path = _files.Write("d.jsonl", """
            {"doc": "D1", "abstract": "摘要原文", "headline": "标题", "alt": ["备选一", "备选二"], "title": "ignored"}
            {"doc": "D2", "abstract": "摘要原文二", "headline": "标题二", "alt": "备选三", "title": "ignored"}
            """);
        var dataset = DatasetLoader.Load(path, new DatasetLoadOptions { IdField = "doc", SourceField = "abstract", ReferenceFields = ["headline", "alt"] });
        Assert.Equal(["D1", "D2"], dataset.Documents.Select(d => d.Id));
        Assert.Equal("摘要原文", dataset.Documents[0].Source);
        Assert.Equal(["标题", "备选一", "备选二"], dataset.Documents[0].References);
        Assert.Equal(["标题二", "备选三"], dataset.Documents[1].References);
    }

    [Fact]
    public void NumericIdsAreAccepted()
    {
        var path = _files.Write("d.jsonl", "{\"id\": 7, \"content\": \"c\", \"title\": \"t\"}\n");
        Assert.Equal("7", DatasetLoader.Load(path).Documents[0].Id);
    }

    [Fact]
    public void FormatOverrideReadsAnyExtension()
    {
        var path = _files.Write("data.dat", "标题\t内容\n");
        Assert.Single(DatasetLoader.Load(path, new DatasetLoadOptions { Format = DatasetFormat.Tsv }).Documents);
        var ex = Assert.Throws<DatasetException>(() => DatasetLoader.Load(path));
        Assert.Contains("'.dat'", ex.Message);

        // A .txt file read as TSV when told so, though on its own it is one plain-text document.
        var text = _files.Write("data.txt", "标题\t内容\n");
        Assert.Equal("内容", Assert.Single(DatasetLoader.Load(text, new DatasetLoadOptions { Format = DatasetFormat.Tsv }).Documents).Source);
    }

    [Fact]
    public void UnlabelledDocumentsLoadWhenReferencesAreNotRequired()
    {
        var path = _files.Write("d.jsonl", "{\"id\": \"u\", \"content\": \"only a source\"}\n");
        var dataset = DatasetLoader.Load(path, new DatasetLoadOptions { RequireReferences = false });
        Assert.Empty(dataset.Documents[0].References);
        Assert.Throws<DatasetException>(() => DatasetLoader.Load(path));
    }

    [Theory]
    [InlineData("d.jsonl", DatasetFormat.JsonLines)]
    [InlineData("d.NDJSON", DatasetFormat.JsonLines)]
    [InlineData("d.json", DatasetFormat.JsonArray)]
    [InlineData("d.tsv", DatasetFormat.Tsv)]
    [InlineData("d.csv", DatasetFormat.Csv)]
    public void FormatFollowsTheExtension(string name, DatasetFormat expected) =>
        Assert.Equal(expected, DatasetLoader.FormatOf(name));

    [Fact]
    public void AllFourFormatsOfTheSameDataAgree()
    {
        var jsonl = _files.Write("a.jsonl", "{\"title\": \"题一\", \"content\": \"文一, 含 \\\"引号\\\"\"}\n{\"title\": \"题二\", \"content\": \"文二\"}\n");
        var json = _files.Write("a.json", "[{\"title\": \"题一\", \"content\": \"文一, 含 \\\"引号\\\"\"}, {\"title\": \"题二\", \"content\": \"文二\"}]");
        var tsv = _files.Write("a.tsv", "题一\t文一, 含 \"引号\"\n题二\t文二\n");
        var csv = _files.Write("a.csv", "title,content\n题一,\"文一, 含 \"\"引号\"\"\"\n题二,文二\n");
        var expected = DatasetLoader.Load(jsonl).Documents;
        foreach (var path in new[] { json, tsv, csv })
        {
            var actual = DatasetLoader.Load(path).Documents;
            Assert.Equal(expected.Select(d => (d.Id, d.Source, string.Join("|", d.References))), actual.Select(d => (d.Id, d.Source, string.Join("|", d.References))));
        }
    }
}
