using System.Text;
using System.Text.Json;
using SummEval.Metrics;
using SummEval.Scoring;
using Xunit;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>The <c>summeval score --json</c> contract.</summary>
public sealed class ScoreReportJsonTests
{
    private static readonly ScoreReport Report = CorpusScorer.Score(
        [("甲-1", "基于深度学习的摘要", ["深度学习文本摘要"]), ("b", string.Empty, ["标题"])],
        new CorpusScoreOptions());

    [Fact]
    public void Without_per_doc_the_fields_are_exactly_the_contract()
    {
        var root = JsonDocument.Parse(ScoreReportJson.Serialize(Report, includePerDoc: false)).RootElement;
        Assert.Equal(["rouge1", "rouge2", "rougeL", "length", "count"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("length").GetProperty("maxChars").ValueKind);
        Assert.Equal(Report.Rouge2.F1, root.GetProperty("rouge2").GetProperty("f").GetDouble());
        Assert.Equal([Report.RougeL.CiLow, Report.RougeL.CiHigh], root.GetProperty("rougeL").GetProperty("ci").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(1, root.GetProperty("length").GetProperty("empty").GetInt32());
    }

    [Fact]
    public void Per_doc_entries_carry_id_scores_and_chars_and_ids_stay_readable()
    {
        var text = ScoreReportJson.Serialize(Report, includePerDoc: true, indented: false);
        Assert.Contains("\"甲-1\"", text);
        Assert.DoesNotContain('\n', text);
        var doc = JsonDocument.Parse(text).RootElement.GetProperty("perDoc")[0];
        Assert.Equal(Report.PerDoc[0].Rouge.Rouge1.Recall, doc.GetProperty("rouge1").GetProperty("r").GetDouble());
        Assert.Equal(9, doc.GetProperty("chars").GetInt32());
    }

    [Fact]
    public void Properties_can_be_written_into_a_caller_object()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("system", "lead");
            ScoreReportJson.WriteProperties(writer, Report, includePerDoc: false);
            writer.WriteEndObject();
        }

        var root = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement;
        Assert.Equal("lead", root.GetProperty("system").GetString());
        Assert.Equal(2, root.GetProperty("count").GetInt32());
    }
}
