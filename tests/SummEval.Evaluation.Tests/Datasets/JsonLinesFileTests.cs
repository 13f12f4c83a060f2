using System.Text;
using SummEval.Datasets;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

/// <summary>A JSON Lines file is read line by line; it must give exactly what parsing its whole text gives.</summary>
public sealed class JsonLinesFileTests : IDisposable
{
    private readonly TempFiles _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("\uFEFF{\"id\":\"a\",\"title\":\"标题\",\"content\":\"正文\"}\r\n\r\n{\"id\":\"b\",\"title\":\"t\",\"content\":\"c\"}\r\n")]
    [InlineData("{\"id\":\"a\",\"title\":\"标题\",\r\"content\":\"正文\"}\n   \n{\"id\":\"b\",\"title\":\"t\",\"content\":\"c\"}")]
    [InlineData("{\"id\":\"a\",\"title\":\"标题\",\"content\":\"正文\"}\r")]
    public void Reading_the_file_line_by_line_equals_parsing_its_text(string text)
    {
        var path = _temp.Write("d.jsonl", text);

        var streamed = DatasetLoader.LoadFile(path).Documents;
        var whole = DatasetLoader.LoadText(text.TrimStart('\uFEFF'), path, DatasetFormat.JsonLines).Documents;

        Assert.Equal(whole.Select(d => (d.Id, d.Source, string.Join('|', d.References))), streamed.Select(d => (d.Id, d.Source, string.Join('|', d.References))));
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_whole()
    {
        var source = new string('文', 100_000);
        var path = _temp.Write("d.jsonl", $"{{\"id\":\"a\",\"title\":\"t\",\"content\":\"{source}\"}}\n{{\"id\":\"b\",\"title\":\"t\",\"content\":\"c\"}}\n");

        var documents = DatasetLoader.LoadFile(path).Documents;

        Assert.Equal(source, documents[0].Source);
        Assert.Equal("c", documents[1].Source);
    }

    [Fact]
    public void Invalid_utf8_after_the_first_buffer_still_names_its_line()
    {
        var lines = Enumerable.Range(0, 5000).SelectMany(i => Encoding.UTF8.GetBytes($"{{\"id\":\"d{i}\",\"title\":\"t\",\"content\":\"c\"}}\n")).ToList();
        lines.AddRange([(byte)'{', 0xC3, 0x28, (byte)'}', (byte)'\n']);
        var path = _temp.WriteBytes("d.jsonl", [.. lines]);

        var error = Assert.Throws<DatasetException>(() => DatasetLoader.LoadFile(path));

        Assert.Equal(5001, error.Line);
        Assert.Contains("invalid UTF-8", error.Message);
    }
}
