using System.Text.Json;
using Xunit;

namespace SummEval.Cli.Tests.Jieba;

/// <summary>End-to-end: <c>summeval segment</c> and <c>summeval keywords</c> as a user runs them.</summary>
public sealed class SegmentCommandTests
{
    [Fact]
    public async Task Stdin_lines_become_space_joined_tokens_one_line_each()
    {
        var result = await CliRunner.RunAsync(["segment"], stdin: "我爱北京天安门\n小明硕士毕业于中国科学院计算所，后在日本京都大学深造\nIEEE 802.11n标准 增长了3.5%\n");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["我 爱 北京 天安门", "小明 硕士 毕业 于 中国科学院 计算所 ， 后 在 日本京都大学 深造", "IEEE 802.11 n 标准 增长 了 3.5%"],
            result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_and_a_bom_is_read_through()
    {
        // Before: GBK bytes became replacement characters (U+FFFD) in the output, exit 0.
        var folder = Directory.CreateTempSubdirectory("summeval-segment-").FullName;
        try
        {
            var gbk = Path.Combine(folder, "gbk.jsonl");
            File.WriteAllBytes(gbk, [.. "{\"content\":\""u8, 0xB5, 0xDA, 0xD2, 0xBB, .. "\"}\n"u8]); // 第一 in GBK
            var refused = await CliRunner.RunAsync(["segment", "--input", gbk]);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("not valid UTF-8", refused.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain('\uFFFD', refused.Stdout);

            var bom = Path.Combine(folder, "bom.jsonl");
            File.WriteAllBytes(bom, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("{\"content\":\"量子计算。\"}\n")]);
            var read = await CliRunner.RunAsync(["segment", "--input", bom]);
            Assert.True(read.ExitCode == 0, read.ToString());
            Assert.Equal("量子 计算 。", read.Stdout.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Modes_and_no_hmm_follow_jieba()
    {
        var full = await CliRunner.RunAsync(["segment", "--mode", "full"], stdin: "我来到北京清华大学\n");
        Assert.Equal("我 来到 北京 清华 清华大学 华大 大学", full.Stdout.Trim());
        var search = await CliRunner.RunAsync(["segment", "--mode", "search"], stdin: "小明硕士毕业于中国科学院计算所\n");
        Assert.Equal("小明 硕士 毕业 于 中国 科学 学院 科学院 中国科学院 计算 计算所", search.Stdout.Trim());
        var noHmm = await CliRunner.RunAsync(["segment", "--no-hmm"], stdin: "他来到了网易杭研大厦\n");
        Assert.Equal("他 来到 了 网易 杭 研 大厦", noHmm.Stdout.Trim());
    }

    [Fact]
    public async Task Jsonl_input_with_json_output_keeps_ids_tokens_and_flags()
    {
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(input, "{\"id\":\"a\",\"body\":\"我爱北京天安门\"}\n{\"body\":\"你好 世界\"}\n");
            var result = await CliRunner.RunAsync("segment", "--input", input, "--field", "body", "--json", "--pos");
            Assert.True(result.ExitCode == 0, result.ToString());
            var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            using var first = JsonDocument.Parse(lines[0]);
            Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
            Assert.Equal(["我", "爱", "北京", "天安门"], first.RootElement.GetProperty("tokens").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["r", "v", "ns", "ns"], first.RootElement.GetProperty("flags").EnumerateArray().Select(e => e.GetString()));
            using var second = JsonDocument.Parse(lines[1]);
            Assert.False(second.RootElement.TryGetProperty("id", out _));
            Assert.Equal(["你好", " ", "世界"], second.RootElement.GetProperty("tokens").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task Bad_jsonl_names_file_line_and_field()
    {
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(input, "{\"content\":\"我\"}\n{\"text\":\"你\"}\n");
            var result = await CliRunner.RunAsync("segment", "--input", input);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{input}:2: field 'content'", result.Stderr); // the loader's file:line: form (was "file, line 2, field")
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task Pos_with_full_mode_is_rejected()
    {
        var result = await CliRunner.RunAsync(["segment", "--mode", "full", "--pos"], stdin: "我\n");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--pos works with --mode accurate only", result.Stderr);
    }

    [Fact]
    public async Task The_bundled_jieba_data_folder_works_as_an_explicit_dict()
    {
        // The build copies jieba's data (jieba.NET's layout: dict.txt + JSON tables) next to the program.
        var bundled = Path.Combine(AppContext.BaseDirectory, "jieba-data");
        var result = await CliRunner.RunAsync(["segment", "--pos", "--dict", bundled], stdin: "我爱北京天安门\n");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("我/r 爱/v 北京/ns 天安门/ns", result.Stdout.Trim());
        Assert.DoesNotContain("warning", result.Stderr);
    }

    [Fact]
    public async Task A_folder_without_a_dictionary_says_what_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("nojieba").FullName;
        try
        {
            var result = await CliRunner.RunAsync(["segment"], stdin: "我\n", environment: new Dictionary<string, string?> { ["SUMMEVAL_JIEBA_DICT"] = empty });
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("sudo apt-get install python3-jieba", result.Stderr);
            Assert.Contains("pip install jieba==0.42.1", result.Stderr);
            Assert.Contains("npm install nodejieba@3.5.8", result.Stderr);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public async Task Keywords_tfidf_and_textrank()
    {
        const string Text = "此外，公司拟对全资子公司吉林欧亚置业有限公司增资4.3亿元，增资后，吉林欧亚置业注册资本由7000万元增加到5亿元。吉林欧亚置业主要经营范围为房地产开发及百货零售等业务。目前在建吉林欧亚城市商业综合体项目。2013年，实现营业收入0万元，实现净利润-139.13万元。\n";
        var tfidf = await CliRunner.RunAsync(["keywords", "--top", "5"], stdin: Text);
        Assert.True(tfidf.ExitCode == 0, tfidf.ToString());
        Assert.Equal("欧亚 吉林 置业 万元 增资", tfidf.Stdout.Trim());

        var textRank = await CliRunner.RunAsync(["keywords", "--method", "textrank", "--top", "3", "--json"], stdin: Text);
        Assert.True(textRank.ExitCode == 0, textRank.ToString());
        using var doc = JsonDocument.Parse(textRank.Stdout.Trim());
        var keywords = doc.RootElement.GetProperty("keywords").EnumerateArray().ToList();
        Assert.Equal(["吉林", "欧亚", "置业"], keywords.Select(k => k.GetProperty("word").GetString()));
        Assert.Equal(1.0, keywords[0].GetProperty("weight").GetDouble());
    }
}
