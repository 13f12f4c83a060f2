using SummEval.Runs;
using SummEval.Testing;
using Xunit;

namespace SummEval.Evaluation.Tests.Runs;

/// <summary>The digest a run keeps of a summarizer's input files, so stored summaries are not reused once they change.</summary>
public sealed class InputStampTests
{
    [Fact]
    public void A_files_stamp_follows_its_content_and_a_folders_its_files()
    {
        using var temp = new TemporaryDirectory("summeval-inputs-");
        var file = Path.Combine(temp.Path, "p.jsonl");
        File.WriteAllText(file, "{\"id\":\"a\",\"summary\":\"甲\"}\n");
        Assert.Equal(string.Empty, InputStamp.Of([]));
        var first = InputStamp.Of([file]);
        Assert.Matches("^[0-9a-f]{16}$", first);
        Assert.Equal(first, InputStamp.Of([file]));
        File.WriteAllText(file, "{\"id\":\"a\",\"summary\":\"乙\"}\n");
        Assert.NotEqual(first, InputStamp.Of([file]));

        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "model")).FullName;
        var empty = InputStamp.Of([folder]);
        File.WriteAllText(Path.Combine(folder, "config.json"), "{}");
        Assert.NotEqual(empty, InputStamp.Of([folder]));
        Assert.NotEqual(InputStamp.Of([Path.Combine(temp.Path, "absent")]), empty);
    }
}
