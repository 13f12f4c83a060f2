using System.Text.RegularExpressions;
using CsCheck;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Compressive.Tests;

public sealed partial class SurfaceRepairTests(ITestOutputHelper output)
{
    private const ulong Seed = 20261203;

    [Fact]
    public void GluedLatinWordsGetTheSourcesSpaceBack()
    {
        var (document, p) = Analyze("基于Ad Hoc网络的路由协议。");
        Assert.Equal("基于Ad Hoc网络", Repair(document, p, 20, "基于", "Ad", "Hoc", "网络"));

        // No room for the space: the summary's last words go first ("Ad Hoc" stays whole).
        Assert.Equal("基于Ad Hoc网络", Repair(document, p, 11, "基于", "Ad", "Hoc", "网络", "路由"));

        // No room and nothing after the junction to drop: one of the two words goes (the later one on a tie).
        Assert.Equal("基于Ad", Repair(document, p, 7, "基于", "Ad", "Hoc"));
    }

    [Fact]
    public void GluedAccentedWordsGetTheSourcesSpaceBack()
    {
        // jieba cuts caf|é and na|ï|ve at their accented letters; before, the junction was not seen as Latin: cafénaïve.
        var (document, p) = Analyze("基于café naïve方法的研究。");
        Assert.Equal("基于café naïve方法", Repair(document, p, 20, "基于", "caf", "é", "na", "ï", "ve", "方法"));
    }

    [Fact]
    public void GluedLatinWordsGetTheSymbolBetweenThemBack()
    {
        var (document, p) = Analyze("基于B/S架构的管理系统。");
        Assert.Equal("基于B/S架构", Repair(document, p, 20, "基于", "B", "S", "架构"));
    }

    [Fact]
    public void LatinWordsFarApartKeepOnlyTheLikelierOne()
    {
        var (document, p) = Analyze("基于NI的PXI的MEMS陀螺测试。");
        p[Index(document, "MEMS")] = 0.9;
        p[Index(document, "NI")] = 0.2;
        Assert.Equal("基于MEMS陀螺测试", Repair(document, p, 20, "基于", "NI", "MEMS", "陀螺", "测试"));
    }

    [Fact]
    public void AnOrphanBracketGetsItsPartnerWhenThereIsRoomAndGoesOtherwise()
    {
        var (document, p) = Analyze("一种算法(NF-IAA)的研究。");
        Assert.Equal("算法(NF-IAA)", Repair(document, p, 20, "算法", "(", "NF", "-", "IAA"));
        Assert.Equal("算法NF-IAA", Repair(document, p, 9, "算法", "(", "NF", "-", "IAA"));

        // Nothing between the bracket and its partner: the bracket goes.
        Assert.Equal("一种算法", Repair(document, p, 20, "一种", "算法", "("));
    }

    [Fact]
    public void AMarkPairsOnlyWithItsOwnPartner()
    {
        // 梯度(TAG)…血流(PSV) decoded as 梯度(TAG…血流PSV): the two kept marks belong to two asides, so each gets its own
        // partner back (before: they were taken for one pair, 梯度(TAG血流PSV)), or goes when there is no room: with room
        // for one more character the first goes, which makes room for the second's partner.
        var (document, p) = Analyze("研究了密度衰减梯度(TAG)与峰值血流(PSV)的关系。");
        Assert.Equal("梯度(TAG)血流(PSV)", Repair(document, p, 20, "梯度", "(", "TAG", "血流", "PSV", ")"));
        Assert.Equal("梯度TAG血流(PSV)", Repair(document, p, 12, "梯度", "(", "TAG", "血流", "PSV", ")"));
    }

    [Fact]
    public void AsciiQuotesOpenAndCloseAsInTheSource()
    {
        // Kept: 自我 " 和 " 他者 — the quote after 自我 closes and the one before 他者 opens, so each gets its partner.
        var (document, p) = Analyze("研究\"自我\"和\"他者\"的把握。");
        var quotes = document.Words.Select((w, i) => (w, i)).Where(x => x.w.Text == "\"").Select(x => x.i).ToArray();
        int[] kept = [Index(document, "自我"), quotes[1], Index(document, "和"), quotes[2], Index(document, "他者")];
        Assert.Equal("\"自我\"和\"他者\"", Join(document, SurfaceRepair.Apply(document.Words, kept, p, 20)));
    }

    [Fact]
    public void AnApostropheIsNoQuote()
    {
        var (document, p) = Analyze("粗糙集的Mallow’s Cp准则。");
        var kept = Kept(document, "Mallow", "’", "s");
        Assert.Same(kept, SurfaceRepair.Apply(document.Words, kept, p, 20));
    }

    [Fact]
    public void AWellFormedDecodeIsReturnedAsItIs()
    {
        var (document, p) = Analyze("一种算法(NF-IAA)的研究。");
        var kept = Kept(document, "算法", "(", "NF", "-", "IAA", ")");
        Assert.Same(kept, SurfaceRepair.Apply(document.Words, kept, p, 20));
    }

    /// <summary>
    /// Random texts of Chinese words, Latin words, spaces, symbols, brackets and quotes, and random decodes of them within a
    /// budget: the repair keeps the budget and source order, leaves no bracket or quote alone and glues no Latin words.
    /// </summary>
    [Fact]
    public void RepairKeepsTheBudgetAndOrderAndLeavesNoDefect()
    {
        string[] pieces = ["基于", "网络", "的", "研究", "方法", "Ad", "Hoc", "NF", "IAA", "LSTM", "2", " ", "/", "-", "(", ")", "（", "）", "\"", "“", "”", "《", "》", "，"];
        var cases = Gen.Int[0, pieces.Length - 1].Array[1, 24].SelectMany(text =>
            Gen.Select(Gen.Const(string.Concat(text.Select(i => pieces[i])) + "。"), Gen.Int[0, 30], Gen.ULong));
        PropertyCheck.ForAll(cases, c =>
        {
            var (text, budget, seed) = c;
            var document = DocumentAnalyzer.Default.Analyze(text);
            var words = document.Words;
            var random = new Random((int)(seed % int.MaxValue));
            var p = words.Select(_ => random.NextDouble()).ToArray();

            // A random decode within the budget, in source order.
            var kept = new List<int>();
            var length = 0;
            for (var i = 0; i < words.Count; i++)
            {
                if (random.Next(3) > 0 && length + words[i].Length <= budget)
                {
                    kept.Add(i);
                    length += words[i].Length;
                }
            }

            var repaired = SurfaceRepair.Apply(words, [.. kept], p, budget);
            var summary = Join(document, repaired);
            Assert.True(repaired.Sum(k => words[k].Length) <= budget, $"over {budget}: \"{summary}\" of \"{text}\"");
            Assert.True(repaired.Zip(repaired.Skip(1)).All(pair => pair.First < pair.Second), $"order: {string.Join(",", repaired)}");
            Assert.True(Balanced(SourceQuotes(document, repaired)), $"a mark alone: \"{summary}\" of \"{text}\"");
            Assert.True(PartnersKept(document, repaired), $"a mark without its own partner: \"{summary}\" of \"{text}\"");
            for (var j = 1; j < repaired.Length; j++)
            {
                string before = words[repaired[j - 1]].Text, after = words[repaired[j]].Text;
                var glued = repaired[j] != repaired[j - 1] + 1 && IsLatinOrHyphen(before[^1]) && IsLatinOrHyphen(after[0]);
                Assert.False(glued, $"glued \"{before}\" + \"{after}\": \"{summary}\" of \"{text}\"");
            }
        }, Seed, iterations: 400);
    }

    /// <summary>
    /// The shipped model over CSL test, multi-domain dev and the sample: no summary glues Latin words or numbers into one
    /// the source does not have, and every bracket and quote has its partner (before the repair: 12 and 20 glued, 11 and
    /// 54 unbalanced among the 5-fold held-out summaries of CSL train and md dev).
    /// </summary>
    [SharedFact]
    public void ShippedModelSummariesGlueNoLatinWordsAndLeaveNoBracketAlone()
    {
        var (count, failures) = ShippedModelSummaries.Check((source, summary) =>
            LatinRun().Matches(summary).Any(m => !source.Contains(m.Value, StringComparison.OrdinalIgnoreCase)) || !Balanced(summary));

        output.WriteLine($"{count} summaries checked");
        Assert.True(failures.Count == 0, $"{failures.Count} summaries glue Latin words or leave a bracket alone:\n{string.Join('\n', failures.Take(30))}");
    }

    [Theory]
    [InlineData("算法(NF-IAA", false)]
    [InlineData("慢乙肝)的发病", false)]
    [InlineData("入选\"中文社会科学引文索引", false)]
    [InlineData("《清代律学》及其转型", true)]
    [InlineData("Mallow’s Cp准则", true)]
    public void TheBalanceCheckCatchesOrphans(string summary, bool balanced) => Assert.Equal(balanced, Balanced(summary));

    // The summary with each ASCII quote written as the directional quote it is in the source (an even number of ASCII
    // quotes before it: it opens), so Balanced can pair them.
    private static string SourceQuotes(AnalyzedDocument document, int[] kept) =>
        string.Concat(kept.Select(k => document.Words[k].Text != "\"" ? document.Words[k].Text
            : document.Words.Take(k).Count(w => w.Text == "\"") % 2 == 0 ? "“" : "”"));

    // Whether every kept bracket or quote has its own partner in the source kept too (marks of one kind nest; an ASCII
    // quote opens after an even number of them).
    private static bool PartnersKept(AnalyzedDocument document, int[] kept)
    {
        const string openers = "([{（【〔［｛《〈「『“‘", closers = ")]}）】〕］｝》〉」』”’";
        var partner = new int[document.Words.Count];
        Array.Fill(partner, -1);
        var open = new Dictionary<char, Stack<int>>();
        var quotes = 0;
        for (var i = 0; i < document.Words.Count; i++)
        {
            var text = document.Words[i].Text;
            if (text.Length != 1)
            {
                continue;
            }

            var c = text[0];
            var opens = c == '"' ? quotes++ % 2 == 0 : openers.Contains(c, StringComparison.Ordinal);
            var kind = c == '"' || opens ? c : closers.IndexOf(c, StringComparison.Ordinal) is var k and >= 0 ? openers[k] : '\0';
            if (kind == '\0')
            {
                continue;
            }

            var stack = open.TryGetValue(kind, out var s) ? s : open[kind] = new Stack<int>();
            if (opens)
            {
                stack.Push(i);
            }
            else if (stack.Count > 0)
            {
                var o = stack.Pop();
                (partner[o], partner[i]) = (i, o);
            }
        }

        var keptSet = kept.ToHashSet();
        return kept.All(k => !IsMarkWord(document.Words[k].Text) || (partner[k] >= 0 && keptSet.Contains(partner[k])));

        static bool IsMarkWord(string text) => text.Length == 1 && (text[0] == '"' || openers.Contains(text[0], StringComparison.Ordinal) || closers.Contains(text[0], StringComparison.Ordinal));
    }

    private static bool IsLatinOrHyphen(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    private static bool Balanced(string summary)
    {
        const string openers = "([{（【〔［｛《〈「『“‘", closers = ")]}）】〕］｝》〉」』”’";
        var open = new Stack<char>();
        for (var i = 0; i < summary.Length; i++)
        {
            var c = summary[i];
            if (c == '’' && i > 0 && i + 1 < summary.Length && char.IsAsciiLetterOrDigit(summary[i - 1]) && char.IsAsciiLetterOrDigit(summary[i + 1]))
            {
                continue;
            }

            if (openers.Contains(c, StringComparison.Ordinal))
            {
                open.Push(c);
            }
            else if (closers.IndexOf(c, StringComparison.Ordinal) is var k and >= 0 && (open.Count == 0 || open.Pop() != openers[k]))
            {
                return false;
            }
        }

        return open.Count == 0 && summary.Count(c => c == '"') % 2 == 0;
    }

    [GeneratedRegex(@"[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?")]
    private static partial Regex LatinRun();

    private static (AnalyzedDocument Document, double[] Probabilities) Analyze(string text)
    {
        var document = DocumentAnalyzer.Default.Analyze(text);
        return (document, [.. document.Words.Select(_ => 0.5)]);
    }

    private static int Index(AnalyzedDocument document, string word)
    {
        var words = document.Words.Select(w => w.Text).ToList();
        var index = words.IndexOf(word);
        Assert.True(index >= 0, $"\"{word}\" is not one of the words: {string.Join(" | ", words)}");
        return index;
    }

    // The indices of the given words, each the first occurrence after the previous one.
    private static int[] Kept(AnalyzedDocument document, params string[] words)
    {
        var kept = new List<int>();
        var from = 0;
        foreach (var word in words)
        {
            var at = document.Words.Skip(from).Select(w => w.Text).ToList().IndexOf(word);
            Assert.True(at >= 0, $"\"{word}\" not found after word {from}: {string.Join(" | ", document.Words.Select(w => w.Text))}");
            kept.Add(from + at);
            from += at + 1;
        }

        return [.. kept];
    }

    private static string Repair(AnalyzedDocument document, double[] p, int budget, params string[] words) =>
        Join(document, SurfaceRepair.Apply(document.Words, Kept(document, words), p, budget));

    private static string Join(AnalyzedDocument document, int[] kept) => string.Concat(kept.Select(k => document.Words[k].Text));
}
