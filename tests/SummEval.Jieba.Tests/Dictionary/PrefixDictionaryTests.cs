using System.Diagnostics;
using System.Globalization;
using System.Text;
using SummEval.Jieba.Dictionary;
using Xunit;

namespace SummEval.Jieba.Tests.Dictionary;

/// <summary>The bulk dictionary parser: jieba's own <c>FREQ</c> table as the reference, and its error messages.</summary>
public sealed class PrefixDictionaryTests
{
    [PythonJiebaFact]
    public void EveryKeyAndFrequencyEqualsPythonJiebasFreqTable()
    {
        // jieba builds FREQ (words and their prefixes) and total in gen_pfdict; dump both from the real thing.
        var dump = Path.Combine(Path.GetTempPath(), $"summeval-freq-{Environment.ProcessId}.tsv");
        try
        {
            RunPython(
                "import jieba,sys\n" +
                "jieba.setLogLevel(60)\n" +
                "freq, total = jieba.dt.gen_pfdict(jieba.dt.get_dict_file())\n" +
                "with open(sys.argv[1], 'w', encoding='utf-8') as f:\n" +
                "    f.write(str(total) + '\\n')\n" +
                "    for k, v in freq.items(): f.write(k + '\\t' + str(v) + '\\n')\n",
                dump);
            var lines = File.ReadAllLines(dump, Encoding.UTF8);
            var dict = PrefixDictionary.Parse(File.ReadAllBytes(Path.Combine(DictionaryLocator.BundledFolder, "dict.txt")), "dict.txt");
            Assert.Equal(long.Parse(lines[0], CultureInfo.InvariantCulture), dict.Total);
            Assert.Equal(lines.Length - 1, dict.Count);
            var wrong = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                var tab = line.LastIndexOf('\t');
                var key = line[..tab];
                var expected = long.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
                if (!dict.TryGet(key, out var entry) || entry.Freq != expected)
                {
                    wrong.Add(key);
                }
            }

            Assert.True(wrong.Count == 0, $"{wrong.Count} keys differ from jieba's FREQ, e.g. {string.Join(", ", wrong.Take(10))}");
        }
        finally
        {
            File.Delete(dump);
        }
    }

    [Fact]
    public void TagsTotalsAndLineEndsAreRead()
    {
        var dict = PrefixDictionary.Parse("\uFEFF北京 5 ns\r\n北京大学 7 nt\r\n大学 3\n\n北京 2 ns  \n"u8.ToArray(), "t.txt");
        Assert.Equal(17, dict.Total);
        Assert.Equal(2, dict.FrequencyOf("北京"));
        Assert.Equal("ns", dict.TagOf("北京"));
        Assert.Equal("nt", dict.TagOf("北京大学"));
        Assert.Null(dict.TagOf("大学"));
        Assert.Null(dict.TagOf("北京大"));
        Assert.Equal(0, dict.FrequencyOf("北京大"));
        Assert.Equal(6, dict.Count);
    }

    [Theory]
    [InlineData("北京 5\n大学 x3\n", "t.txt, line 2, field freq: 'x3' is not an integer.")]
    [InlineData("北京 5\n\n北京\n", "t.txt, line 3: expected 'word freq [tag]', got '北京'.")]
    [InlineData(" 5 n\n", "t.txt, line 1, field freq: 'n' is not an integer.")]
    public void BadLinesNameTheFileLineAndField(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => PrefixDictionary.Parse(Encoding.UTF8.GetBytes(text), "t.txt"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsLine()
    {
        byte[] bytes = [.. "北京 5\n"u8, 0xE5, 0x8C, (byte)' ', (byte)'1', (byte)'\n'];
        var e = Assert.Throws<FormatException>(() => PrefixDictionary.Parse(bytes, "t.txt"));
        Assert.Equal("t.txt, line 2, field word: not valid UTF-8.", e.Message);
    }

    private static void RunPython(string script, string argument)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "python3 failed: " + stderr.Result);
    }
}
