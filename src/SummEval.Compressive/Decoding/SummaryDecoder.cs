using System.Text;
using SummEval.Compressive.Features;
using SummEval.Extractive.Oracles;
using SummEval.Extractive.Selection;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// Turns keep probabilities into a summary. A word of length l kept with probability p adds about p·l matched
/// characters and l characters of length, so its gain is (p − threshold)·l: with F1 around 0.5 a word pays off when
/// p exceeds roughly a quarter; the threshold is tuned. Segments cost a fixed penalty, plus a cut cost for starting
/// right after (or ending right before) a word the model likes: cutting into a phrase reads badly and loses its
/// likely characters.
/// </summary>
public static class SummaryDecoder
{
    private const int MaxDuplicateRounds = 8;

    /// <summary>
    /// The summary of <paramref name="document"/> within <paramref name="budget"/> code points: the decoded words
    /// in source order, joined as they are, without leading or trailing punctuation or whitespace. Opening a segment at
    /// word i costs <paramref name="segmentPenalty"/> + <paramref name="cutPenalty"/>·p(i−1); closing one after word i
    /// costs <paramref name="cutPenalty"/>·p(i+1).
    /// </summary>
    public static string Summarize(AnalyzedDocument document, ReadOnlySpan<double> probabilities, int budget, double threshold, double segmentPenalty, double cutPenalty = 0)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Join(document, WithoutReportingOpening(document.Words, Decode(document, Unkept(document), Compounds.Bonds(document.Words), Negations.Of(document.Words), probabilities, budget, threshold, segmentPenalty, cutPenalty, 0, document.Words.Count)));
    }

    /// <summary>
    /// The summary chosen by <paramref name="selection"/> among the decodes of <paramref name="document"/> with every
    /// setting of its grid, and of its windows when it asks for them (<see cref="CandidateSelection"/>); ties go to the
    /// earlier decode. <paramref name="cancellationToken"/> is observed between decodes.
    /// </summary>
    public static string Summarize(AnalyzedDocument document, ReadOnlySpan<double> probabilities, int budget, CandidateSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(selection);
        var words = document.Words;
        var labels = Unkept(document);
        var bonds = Compounds.Bonds(words);
        var negations = Negations.Of(words);
        double documentExpected = 0;
        for (var i = 0; i < words.Count && i < probabilities.Length; i++)
        {
            documentExpected += words[i].IsPunctuation ? 0 : probabilities[i] * words[i].Length;
        }

        // Distinct decodes with how many settings produced each (a summary many settings agree on weighs more in the consensus).
        var pool = new List<(int[] Kept, int Count)>();
        void Add(int[] kept)
        {
            var same = pool.FindIndex(c => c.Kept.AsSpan().SequenceEqual(kept));
            if (same >= 0)
            {
                pool[same] = (kept, pool[same].Count + 1);
            }
            else
            {
                pool.Add((kept, 1));
            }
        }

        foreach (var cut in CandidateSelection.Cuts)
        {
            foreach (var threshold in CandidateSelection.Thresholds)
            {
                foreach (var penalty in CandidateSelection.Penalties)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Add(Decode(document, labels, bonds, negations, probabilities, budget, threshold, penalty, cut, 0, words.Count));
                }
            }
        }

        if (selection.LocalCandidates)
        {
            // A sentence of two clauses is also a clause-pair window: decode it once, count it twice.
            var decoded = new Dictionary<(int Start, int End), int[][]>();
            foreach (var window in CandidateWindows.Of(document))
            {
                if (!decoded.TryGetValue(window, out var decodes))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    decodes = new int[CandidateSelection.Thresholds.Count][];
                    for (var t = 0; t < decodes.Length; t++)
                    {
                        decodes[t] = Decode(document, labels, bonds, negations, probabilities, budget, CandidateSelection.Thresholds[t], 0, CandidateSelection.LocalCut, window.Start, window.End);
                    }

                    decoded[window] = decodes;
                }

                foreach (var kept in decodes)
                {
                    Add(kept);
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var consensus = selection.ConsensusWeight > 0 ? Consensus(document, pool) : new double[pool.Count];
        int[] best = [];
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < pool.Count; c++)
        {
            var kept = pool[c].Kept;
            double expected = 0;
            int length = 0, segments = 0, sentences = 0;
            for (var j = 0; j < kept.Length; j++)
            {
                var word = words[kept[j]];
                expected += probabilities[kept[j]] * word.Length;
                length += word.Length;
                segments += j == 0 || kept[j - 1] != kept[j] - 1 ? 1 : 0;
                sentences += j == 0 || words[kept[j - 1]].Sentence != word.Sentence ? 1 : 0;
            }

            var score = selection.Score(expected, length, segments, sentences, documentExpected, consensus[c]);
            if (score > bestScore)
            {
                (best, bestScore) = (kept, score);
            }
        }

        return Join(document, WithoutReportingOpening(words, best));
    }

    /// <summary>
    /// Each candidate's mean character ROUGE-L F1 against the pool's other decodes (counted as often as settings produced
    /// them): the summary most others agree with is the minimum-Bayes-risk choice when each decode is a plausible guess.
    /// </summary>
    private static double[] Consensus(AnalyzedDocument document, List<(int[] Kept, int Count)> pool)
    {
        var units = pool.Select(c => Lcs.Units(Join(document, c.Kept))).ToArray();
        var lcs = new BitParallelLcs(units);
        var total = pool.Sum(c => c.Count);
        var consensus = new double[pool.Count];
        if (total <= 1)
        {
            return consensus;
        }

        // Each pair is compared once and added to both sides, with no pool × pool table: a long text's pool has
        // thousands of candidates (an 80 000-character text peaked at 720 MB with that table, 315 MB without). Each sum still adds its terms
        // in candidate order, starting from minus the candidate's own similarity, so the result is bit for bit the same.
        for (var a = 0; a < pool.Count; a++)
        {
            consensus[a] = -Self(units[a]);
        }

        for (var a = 0; a < pool.Count; a++)
        {
            consensus[a] += pool[a].Count * Self(units[a]);
            for (var b = a + 1; b < pool.Count; b++)
            {
                var f1 = lcs.F1(a, b);
                consensus[a] += pool[b].Count * f1;
                consensus[b] += pool[a].Count * f1;
            }

            consensus[a] /= total - 1;
        }

        return consensus;

        static double Self(int[] units) => units.Length > 0 ? 1 : 0;
    }

    // Words the decoder never keeps: section labels, the words of a Chinese document's non-Chinese sentences, those of a
    // journal page's fields, of a form's label of a name or a title, of a transcript's questions and speakers, of an article's number or a step's label, of a news story's attribution and of a speaker's fillers, and a line's break (the layout reader keeps one
    // only where a line ends a sentence, a heading or a field, so a segment running over it would write a title on two
    // lines: 法院\n民事判决书).
    private static bool[] Unkept(AnalyzedDocument document)
    {
        var unkept = SectionFeatures.LabelWords(document);
        ForeignSentences.Mark(document, unkept);
        var sentences = new DocumentSentences(document);
        FieldSentences.Mark(document, sentences, unkept);
        NameLabels.Mark(document, sentences, unkept);
        TranscriptSentences.Mark(document, sentences, unkept);
        ArticleNumbers.Mark(document, sentences, unkept);
        StepLabels.Mark(document, sentences, unkept);
        AttributionClauses.Mark(document, sentences, unkept);
        FillerClauses.Mark(document, sentences, unkept);
        ReferenceMarks.Mark(document, unkept);
        var words = document.Words;
        for (var i = 0; i < words.Count; i++)
        {
            unkept[i] |= IsLineBreak(words[i].Text);
        }

        return unkept;
    }

    private static bool IsLineBreak(string word) => word.AsSpan().IndexOfAny("\n\r\u2028\u2029") >= 0;

    /// <summary>
    /// The kept word indices (ascending) of one decode restricted to words [<paramref name="start"/>, <paramref name="end"/>),
    /// leading and trailing punctuation and particles trimmed.
    /// </summary>
    private static int[] Decode(AnalyzedDocument document, bool[] labels, bool[]? bonds, int[]? negations, ReadOnlySpan<double> probabilities, int budget, double threshold, double segmentPenalty, double cutPenalty, int start, int end)
    {
        var words = document.Words;
        var n = words.Count;
        if (probabilities.Length != n)
        {
            throw new ArgumentException($"{probabilities.Length} probabilities for {n} words.", nameof(probabilities));
        }

        // Opening and closing costs look at the neighbours in the whole document, so a window cut into a phrase pays too.
        var m = end - start;
        var gains = new double[m];
        var lengths = new int[m];
        var open = new double[m];
        var close = new double[m];
        for (var j = 0; j < m; j++)
        {
            var i = start + j;
            // A section label (目的, 【摘要】) is never part of a summary, whatever the model thinks of it.
            gains[j] = labels[i] ? double.NegativeInfinity : (probabilities[i] - threshold) * words[i].Length;
            lengths[j] = words[i].Length;
            open[j] = segmentPenalty + (i > 0 ? cutPenalty * probabilities[i - 1] : 0);
            // A preposition that introduces the topic never ends a segment: its object goes with it (基于的RFID群组标签).
            close[j] = NeedsObject(words[i].Text) ? double.PositiveInfinity : i + 1 < n ? cutPenalty * probabilities[i + 1] : 0;
        }

        // A compound (Compounds) is kept whole: no segment opens or closes inside it, so keeping one of its words keeps
        // them all, and one running past the window is not kept.
        for (var j = 0; bonds is not null && j < m; j++)
        {
            if (bonds[start + j])
            {
                close[j] = double.PositiveInfinity;
                if (j + 1 < m)
                {
                    open[j + 1] = double.PositiveInfinity;
                }
            }

            if (j == 0 && start > 0 && bonds[start - 1])
            {
                open[j] = double.PositiveInfinity;
            }
        }

        var kept = Shift(SegmentDecoder.Decode(gains, lengths, budget, open, close).Kept, start);

        // A repeated word adds nothing to an in-order match, so a summary keeps each content word once: forbid the
        // less likely copy and decode again (a few rounds; each is a fast exact decode). Two particles where segments
        // meet (的 + 的) are treated the same way.
        for (var round = 0; round < MaxDuplicateRounds; round++)
        {
            var duplicate = FindDuplicate(words, kept, probabilities);
            if (duplicate < 0)
            {
                duplicate = FindMeetingParticles(words, kept, probabilities);
            }

            if (duplicate < 0)
            {
                break;
            }

            gains[duplicate - start] = double.NegativeInfinity;
            kept = Shift(SegmentDecoder.Decode(gains, lengths, budget, open, close).Kept, start);
        }

        // What the source denies is never asserted (Negations): the scope of a negation left out, or a negation kept without
        // the word it negates, is forbidden and the decode run again.
        for (var round = 0; negations is not null && round < MaxDuplicateRounds; round++)
        {
            var (from, to) = Negations.Violation(words, negations, kept, start, end);
            if (from < 0)
            {
                break;
            }

            // An empty scope names the negation itself (kept without the word it negates, it would deny whatever follows).
            (from, to) = to == from ? (from - 1, from) : (from, to);
            for (var i = from; i < to; i++)
            {
                gains[i - start] = double.NegativeInfinity;
            }

            kept = Shift(SegmentDecoder.Decode(gains, lengths, budget, open, close).Kept, start);
        }

        // Nothing beat the threshold (a text unlike the training data): fall back to the most likely words rather
        // than an empty summary.
        if (kept.Length == 0 && threshold > 0 && budget > 0)
        {
            return Decode(document, labels, bonds, negations, probabilities, budget, 0, segmentPenalty, cutPenalty, start, end);
        }

        // Brackets and quotes at the ends stay for the repair to pair or drop ("入选"中文…索引"" keeps its closing quote), and
        // the repair can leave a comma at an end: trim, repair, trim.
        var repaired = SurfaceRepair.Apply(words, Trim(words, bonds, kept), probabilities, budget);
        return Trim(words, bonds, Compounds.WithoutCountsAlone(words, bonds, Compounds.WithoutHollowDocumentTitles(words, Compounds.WithoutParts(bonds, repaired))));
    }

    // A compound's words are never trimmed: a sign or hyphen is punctuation to the trim (0.62%).
    private static int[] Trim(IReadOnlyList<AnalyzedWord> words, bool[]? bonds, int[] kept)
    {
        int first = 0, last = kept.Length - 1;
        while (first <= last && !Compounds.IsBound(bonds, kept[first]))
        {
            var step = IsTrimmed(words, kept[first]) ? 1 : Opening(words, kept, first, last);
            if (step == 0)
            {
                break;
            }

            first += step;
        }

        while (last >= first && (IsTrimmed(words, kept[last]) || IsOpenEnd(words[kept[last]]) || IsReportingVerb(words, kept, last, first)) && !Compounds.IsBound(bonds, kept[last]))
        {
            last--;
        }

        return first == 0 && last == kept.Length - 1 ? kept : kept[first..(last + 1)];
    }

    // A summary keeps at least this much after an opening it drops.
    private const int MinRest = 4;

    // An objective's verb (研究…, 深入分析…, with its 了) or a clause's opener (由于…, 环境|下…) opens the abstract's
    // sentence, not a title: it goes, unless fewer than MinRest characters would be left (研究|方法 is no 方法).
    private static int Opening(IReadOnlyList<AnalyzedWord> words, int[] kept, int first, int last)
    {
        var count = ObjectiveVerbs.Opening(words, kept, first, last);
        if (count == 0 && ClauseOpeners.Opens(words, kept, first, last))
        {
            count = 1;
        }

        var rest = 0;
        for (var j = first + count; j <= last && rest < MinRest; j++)
        {
            rest += words[kept[j]].Length;
        }

        return count > 0 && rest >= MinRest ? count : 0;
    }

    private static int[] Shift(int[] kept, int offset)
    {
        for (var j = 0; j < kept.Length; j++)
        {
            kept[j] += offset;
        }

        return kept;
    }

    private static string Join(AnalyzedDocument document, int[] kept)
    {
        var sb = new StringBuilder();
        foreach (var k in kept)
        {
            var word = document.Words[k].Text;
            sb.Append(sb.Length == 0 ? word.AsSpan(GluedParticle.Length(word)) : word);
        }

        return sb.ToString();
    }

    // The adverbial and complement particles 地 and 得 (jieba's uv, ud) lean on the word before them (更好|地|服务…).
    private static bool IsTrimmed(IReadOnlyList<AnalyzedWord> words, int k) =>
        (words[k].IsPunctuation && !SurfaceRepair.IsMark(words, k)) || IsDangling(words[k].Text) || words[k].Flag is "uv" or "ud";

    // Words that leave a title waiting for what follows them: a conjunction (…的影响及其), an adverb (…传播则, …的判断不),
    // a preposition without its object, a subordinator without its clause (…室内定位技术由于), or a localizer whose preposition
    // was dropped (…显著性检测模型中). One character by jieba's tag; longer words only by name, as jieba tags some nouns as
    // conjunctions (理论|假说/c).
    private static bool IsOpenEnd(AnalyzedWord word) =>
        word.Text.Length == 1 ? word.Flag is "c" or "p" or "d" or "f"
            : word.Text is "及其" or "以及" or "或者" or "并且" or "而且" or "但是" || NeedsObject(word.Text) || NeedsAmount(word.Text) || ClauseOpeners.IsSubordinator(word.Text);

    // Words that lead to an amount or a comparison's standard (长达|14年, 高达|98.6%, 低于|对照组), and averages per period
    // (年均|增长超过40%): without it they say nothing (队列研究追踪英国79万名中年女性长达, 我国新能源汽车销量年均).
    private static bool NeedsAmount(string word) =>
        word is "长达" or "高达" or "多达" or "约为" or "仅为" or "超过" or "低于" or "高于" or "大于" or "小于" or "达到" or "年均" or "月均" or "日均";

    // A finding's verb whose finding was dropped (…的影响研究发现, …关系的调查分析表明; jieba keeps 分析表明 as one word):
    // 表明 always, 发现 and 显示 after the study that reports (研究, 调查, 结果 …), as 社区发现 and 液晶显示 are names.
    private static bool IsReportingVerb(IReadOnlyList<AnalyzedWord> words, int[] kept, int at, int first)
    {
        var word = words[kept[at]].Text;
        if (word.EndsWith("表明", StringComparison.Ordinal))
        {
            return true;
        }

        if (!word.EndsWith("发现", StringComparison.Ordinal) && !word.EndsWith("显示", StringComparison.Ordinal))
        {
            return false;
        }

        var study = word.Length > 2 ? word.AsSpan(0, word.Length - 2) : at > first && kept[at - 1] == kept[at] - 1 ? words[kept[at - 1]].Text : default;
        return IsStudy(study);
    }

    // The chosen summary without a finding's verb left at its start, its study dropped before it or its comma after it
    // (研究|发现，数字普惠金融… gave 发现，数字普惠金融…): the finding follows it. Not a verb that opens on its object, a title's own
    // (发现"府报"——我国古代报纸的历史前推800年), and not when fewer than MinRest characters would be left. Applied to the
    // chosen summary only, so the candidates and their consensus are those of before.
    private static int[] WithoutReportingOpening(IReadOnlyList<AnalyzedWord> words, int[] kept)
    {
        if (kept.Length == 0 || !OpensWithReportingVerb(words, kept[0]))
        {
            return kept;
        }

        var first = 1;
        while (first < kept.Length && IsTrimmed(words, kept[first]))
        {
            first++;
        }

        var rest = 0;
        for (var j = first; j < kept.Length; j++)
        {
            rest += words[kept[j]].Length;
        }

        return rest >= MinRest ? kept[first..] : kept;
    }

    private static bool OpensWithReportingVerb(IReadOnlyList<AnalyzedWord> words, int k)
    {
        var word = words[k].Text;
        if (word.Length > 2 && IsReportingVerb(word.AsSpan(word.Length - 2)) && IsStudy(word.AsSpan(0, word.Length - 2)))
        {
            return true;
        }

        return IsReportingVerb(word) && ((k + 1 < words.Count && words[k + 1].Text is "，" or "," or "：" or ":") || (k > 0 && IsStudy(words[k - 1].Text)));
    }

    private static bool IsReportingVerb(ReadOnlySpan<char> word) => word is "发现" or "表明" or "显示" or "证实" or "证明" or "指出" or "认为" or "提示";

    private static bool IsStudy(ReadOnlySpan<char> word) => word is "研究" or "调查" or "结果" or "实验" or "试验" or "分析" or "统计" or "观察";

    // Prepositions (and 用于) a title never leaves without their object; not 利用 or 依据, which end titles as nouns
    // (…的综合利用).
    private static bool NeedsObject(string word) => word is "基于" or "针对" or "对于" or "关于" or "通过" or "根据" or "按照" or "借助" or "围绕" or "用于";

    // Particles that cannot start or end a title (的 in "的神经网络").
    private static bool IsDangling(string word) => word is "的" or "了" or "和" or "与" or "及" or "并" or "而";

    // Two segments that meet particle to particle read as a slip (芯片的 + 的嵌入式 → 芯片的的嵌入式, 与 + 的 → CPLD与的): the less
    // likely of the two particles (the later on a tie) is forbidden, as a repeated word is.
    private static int FindMeetingParticles(IReadOnlyList<AnalyzedWord> words, int[] kept, ReadOnlySpan<double> probabilities)
    {
        for (var j = 1; j < kept.Length; j++)
        {
            int a = kept[j - 1], b = kept[j];
            if (b != a + 1 && IsDangling(words[a].Text) && IsDangling(words[b].Text))
            {
                return probabilities[a] > probabilities[b] ? b : a;
            }
        }

        return -1;
    }

    private static int FindDuplicate(IReadOnlyList<AnalyzedWord> words, int[] kept, ReadOnlySpan<double> probabilities)
    {
        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in kept)
        {
            var word = words[k];
            if (word.Length < 2 || word.IsPunctuation)
            {
                continue;
            }

            if (firstAt.TryGetValue(word.Text, out var other))
            {
                return probabilities[other] >= probabilities[k] ? k : other;
            }

            firstAt[word.Text] = k;
        }

        return -1;
    }
}
