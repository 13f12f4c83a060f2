using System.Buffers;
using SummEval.Compressive.Features;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Tokenization;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// Runs of words that read as one, which the decoder keeps whole or not at all: a number with its sign, unit or counter
/// (<c>0.62%</c>, <c>20kV/m</c>, <c>190 kg/hm²</c>, <c>0.01 mol·L-1</c>, <c>2016年</c>, <c>312例</c>, <c>第1034条</c>, <c>Ⅱ型</c>), a clock time, a ratio or a score (<c>18:00</c>, <c>1：2</c>, <c>3比1</c>), a range (<c>2000—2020年</c>,
/// <c>1.52～3.49</c>) and a hyphenated or slashed name (<c>Ti-6Al-4V</c>, <c>COVID-19</c>, <c>TCP/IP</c>,
/// <c>25-羟基</c>) and an element with its oxidation state (<c>Cr(Ⅵ)</c>, <c>磷(Ⅴ)</c>). jieba cuts each into several words, and a part kept alone says nothing or something else
/// (<c>黄土高原2020植被覆盖度</c> from <c>2000—2020年</c>, <c>利用率提高30</c> from <c>30%</c>, <c>Ti-6Al-疲劳性能</c>);
/// character ROUGE scores the part for what it has, so neither the word model nor the selection sees the loss.
/// </summary>
internal static class Compounds
{
    private const int MaxCounterLength = 2;

    // Superscript digits and signs (IsExponent).
    private static readonly SearchValues<char> Exponents = SearchValues.Create("\u00B2\u00B3\u00B9\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u207A\u207B\u207C\u207D\u207E");

    // Chinese numerals (BindOrdinals).
    private static readonly SearchValues<char> ChineseDigits = SearchValues.Create("零〇一二三四五六七八九十百千万两");

    /// <summary>
    /// For each word, whether it and the next word belong to one compound; null when the document has none (most
    /// documents), so decoding them costs nothing.
    /// </summary>
    internal static bool[]? Bonds(IReadOnlyList<AnalyzedWord> words)
    {
        bool[]? bonds = null;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // jieba cuts a Latin word at each accented letter (Schr|ö|dinger, Bézier → B|é|zier), and a run of letters and
            // digits where a dictionary word starts inside it (CINRAD/S|B型): a part alone is no word.
            // jieba also cuts off an exponent (hm², cm⁻¹, R²) and the unit after a micro sign (μg): m without its ² is
            // another unit, and μ alone none.
            if ((LatinLetters.IsLetterOrDigit(words[i].Text[^1]) && LatinLetters.IsLetterOrDigit(words[i + 1].Text[0]))
                || ((char.IsAsciiLetterOrDigit(words[i].Text[^1]) || IsExponent(words[i].Text)) && IsExponent(words[i + 1].Text))
                || (IsMicroSign(words[i].Text) && char.IsAsciiLetter(words[i + 1].Text[0])))
            {
                bonds ??= new bool[words.Count];
                bonds[i] = true;
            }
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            // A clock's place before a date or a time (北京时间12月6日, 当地时间3日): 北京 alone names where it happened.
            if ((words[i].Flag == "ns" || words[i].Text == "当地") && words[i + 1].Text == "时间" && IsNumber(words[i + 2].Text))
            {
                bonds ??= new bool[words.Count];
                bonds[i] = true;
            }
        }

        for (var i = 0; i + 3 < words.Count; i++)
        {
            // An element and its oxidation state (Cr(Ⅵ), 磷(Ⅴ), Pb(II)): without the numeral the element is another species.
            if (IsElement(words[i].Text) && words[i + 1].Text is "(" or "（" && IsOxidationState(words[i + 2].Text) && words[i + 3].Text is ")" or "）")
            {
                bonds ??= new bool[words.Count];
                Array.Fill(bonds, true, i, 3);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            // A Roman numeral counts what follows it as a number does (Ⅱ型糖尿病, Ⅲ期, Ⅳ级): 型糖尿病 alone is another word.
            if (IsRomanNumeral(words[i].Text) && i + 1 < words.Count && IsCounter(words[i + 1]))
            {
                bonds ??= new bool[words.Count];
                bonds[i] = true;
                continue;
            }

            if (!IsAlphanumeric(words[i].Text))
            {
                continue;
            }

            var first = i > 0 && IsNumber(words[i].Text) && (words[i - 1].Text == "第" || IsNegativeSign(words, i - 1) || IsComparator(words[i - 1].Text)) ? i - 1 : i;
            var last = i;
            while (true)
            {
                // A number's sign or Latin unit (0.62%, 2.85mmol, 20kV), also after a space (190 kg/hm², 6.8 ℃, 3 μg/L).
                if (IsNumber(words[last].Text) && UnitAfter(words, last) is var unit and > 0)
                {
                    last = unit;
                }

                // A space between thousands (2 144个, 12 500 t), as Chinese typesetting groups digits: 144个 alone is another count.
                if (IsThousandsGroup(words, last))
                {
                    last += 2;
                    continue;
                }

                // A link to the next part (2000—2020, Ti-6Al-4V, kV/m); 至, 比 and a colon link numbers only (3至5年, 8:00, 1：2, a
                // score's 3比1).
                if (last + 2 < words.Count && IsConnector(words[last + 1].Text) && IsAlphanumeric(words[last + 2].Text)
                    && (words[last + 1].Text is not ("至" or "比" or ":" or "：") || (IsNumber(words[last].Text) && IsNumber(words[last + 2].Text))))
                {
                    last += 2;
                    continue;
                }

                break;
            }

            // What a number counts (2016年, 312例) or the Chinese name it is hyphenated to (25-羟基); a name that ends in a
            // number counts nothing (COVID-19患者), nor does a score (3比1|战胜).
            if (IsNumber(words[i].Text) && (IsNumber(words[last].Text) || IsSign(words[last].Text)) && !(last > i && words[last - 1].Text == "比"))
            {
                if (last + 1 < words.Count && IsCounter(words[last + 1]))
                {
                    last++;

                    // 10个|月, 3个|小时: jieba tags both 个 and 月 as numerals, and 10个 alone counts nothing.
                    if (words[last].Text == "个" && last + 1 < words.Count && words[last + 1].Text is "月" or "小时" or "星期" or "工作日")
                    {
                        last++;
                    }
                }
                else if (last + 2 < words.Count && words[last + 1].Text is "-" && HanScript.IsHan(words[last + 2].Text[0]))
                {
                    last += 2;
                }
            }

            // A bound after the amount (25℃以上, 3年以内): without it the bound reads as the amount itself.
            if (IsNumber(words[i].Text) && last + 1 < words.Count && words[last + 1].Text is "以上" or "以下" or "以内")
            {
                last++;
            }

            if (last > first)
            {
                bonds ??= new bool[words.Count];
                Array.Fill(bonds, true, first, last - first);

                // jieba reads 2025年前三季度 as 2025|年前|三季度: without the quarters it says "before 2025" (本行2025年前营业收入…).
                // The period is bound on to the count that follows, whose own compound the loop goes on to.
                if (words[last].Text is "年前" or "年后" && last + 1 < words.Count && words[last + 1].Flag.StartsWith('m'))
                {
                    bonds[last] = true;
                }

                // A date or a clock time is one: 12月|3日|14时|27分 kept as 27分 is another minute of another day (测定27分在四川…).
                if (IsLargerTimeUnit(words[last].Text) && last + 2 < words.Count && IsNumber(words[last + 1].Text) && IsSmallerTimeUnit(words[last + 2].Text))
                {
                    bonds[last] = true;
                }

                // So is a span of dates (2022年1月至6月间, 1999年3月～2007年3月): 1月6月间 without its 至 is two months, not six. Not
                // across a dash: it shortened md dev's held-out summaries under 17.5 characters (stop 64).
                if (words[last].Text is [var unit] && IsDateUnit(unit) && last + 3 < words.Count && words[last + 1].Text is "至" or "到" or "～" or "~"
                    && IsNumber(words[last + 2].Text) && IsDateUnit(words[last + 3].Text[0]))
                {
                    bonds[last] = true;
                    bonds[last + 1] = true;
                }
            }

            i = last;
        }

        BindMarkedNames(words, ref bonds);
        BindOrdinals(words, ref bonds);
        BindFrames(words, ref bonds);
        return bonds;
    }

    // An ordinal in Chinese numerals (第|一千零六|十四条, 第|一百零八|条): jieba cuts it anywhere, and a part (第一千零六) is another
    // number. Ordinals in digits are bound with the other numbers.
    private static void BindOrdinals(IReadOnlyList<AnalyzedWord> words, ref bool[]? bonds)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Text != "第")
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && words[last + 1].Flag.StartsWith('m') && IsChineseOrdinalPart(words[last + 1].Text))
            {
                last++;
            }

            // The counter jieba leaves apart (第|一百零八|条).
            if (last > i && last + 1 < words.Count && words[last + 1].Text is [var counter] && OrdinalCounters.Contains(counter, StringComparison.Ordinal))
            {
                last++;
            }

            if (last > i)
            {
                bonds ??= new bool[words.Count];
                Array.Fill(bonds, true, i, last - i);
                i = last;
            }
        }
    }

    // Chinese numerals, perhaps with the counter that ends an ordinal (十四条, 二十届).
    private static bool IsChineseOrdinalPart(string text) =>
        text.Length > 0 && text.AsSpan(0, text.Length - 1).IndexOfAnyExcept(ChineseDigits) < 0
        && (ChineseDigits.Contains(text[^1]) || (text.Length > 1 && OrdinalCounters.Contains(text[^1], StringComparison.Ordinal)));

    // What an ordinal counts (第十四条, 第三章, 第二十届).
    private const string OrdinalCounters = "条款章节项编次届期批轮";

    // A pretext (以帮助他人办理银行贷款为由, 以介绍工作为名, 以投资理财为幌子, 打着扶贫的旗号) is kept whole or not at all: without its frame
    // the pretext reads as what was done (被告人张某办理银行贷款骗取…, stop 62's court probe). So is an exception (除对照组外, 除了少数样本
    // 以外): without its frame the exception reads as what it is excepted from, and 除 alone glues to anything (除的小麦产量…).
    private static void BindFrames(IReadOnlyList<AnalyzedWord> words, ref bool[]? bonds)
    {
        // A popular belief's people and its verb (许多|人|认为, stop 63): 人认为… names no one, and the negation rule needs the verb.
        for (var i = 1; i < words.Count; i++)
        {
            if (Negations.BelieverAt(words, i) is var believer and >= 0)
            {
                bonds ??= new bool[words.Count];
                Array.Fill(bonds, true, believer, i - believer);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var exception = words[i].Text is "除" or "除了";
            if (!exception && words[i].Text is not ("以" or "打着" or "借"))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && !words[k].IsPunctuation; k++)
            {
                var end = exception ? (words[k].Text is "外" or "以外" or "之外" ? k : -1) : PretextEnd(words, k);
                if (end >= k)
                {
                    bonds ??= new bool[words.Count];
                    Array.Fill(bonds, true, i, end - i);
                    i = end;
                    break;
                }
            }
        }
    }

    // The last word of a pretext frame's close starting at word k (为由, 为名, 为 借口, 为 幌子, 的 旗号, 的 名义), or -1.
    private static int PretextEnd(IReadOnlyList<AnalyzedWord> words, int k) =>
        words[k].Text is "为由" or "为名" ? k
            : k + 1 < words.Count && words[k].Text is "为" or "的" && words[k + 1].Text is "由" or "名" or "借口" or "幌子" or "旗号" or "名义" or "招牌" ? k + 1
            : -1;

    // A work's name in title marks (《中华人民共和国劳动合同法》, 《资治通鉴》, 〈逍遥游〉) is a name: a part of it names another work
    // or none (《中文》 from 《中文核心期刊要览》), and without its marks it reads as plain words; a document's title is the
    // exception (NamesADocument). A term in quotes (“互联网+农业”, "好课") is quoted as it stands: a part of it (“课”) misquotes.
    // The marks and what they hold are one compound within a sentence; a quote with a clause's mark in it (“我们的目标是…，”)
    // is speech, which a summary may still shorten.
    private static void BindMarkedNames(IReadOnlyList<AnalyzedWord> words, ref bool[]? bonds)
    {
        var asciiQuotes = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            var closer = text switch
            {
                "《" => "》",
                "〈" => "〉",
                // Title marks typed as ASCII angle brackets (<春秋>) hold Chinese only; a < in a formula or a P value does not.
                "<" => ">",
                "“" => "”",
                // An ASCII quote opens after an even number of them, as SurfaceRepair reads it.
                "\"" => asciiQuotes++ % 2 == 0 ? "\"" : null,
                _ => null,
            };
            if (closer is null)
            {
                continue;
            }

            var title = closer is "》" or "〉" or ">";
            var close = Closing(words, i, closer, title);
            if (close > i + 1 && !(title && NamesADocument(words, i, close)))
            {
                bonds ??= new bool[words.Count];
                Array.Fill(bonds, true, i, close - i);

                // The localizer after a work's name locates in it (《纯粹理性批判》|中): without the name it glues to the word before (康德中).
                if (title && close + 1 < words.Count && words[close + 1].Text is "中" or "里" or "内")
                {
                    bonds[close] = true;
                }
                // The loop goes on after the name, so the quotes it holds (and an ASCII closer) are counted here.
                for (var k = i + 1; k <= close; k++)
                {
                    asciiQuotes += words[k].Text == "\"" ? 1 : 0;
                }

                i = close;
            }
        }
    }

    // An official document's title (《关于加强中小学生睡眠管理工作的通知》, 《最高人民法院关于审理…的解释》) is a sentence of its own,
    // which a headline shortens as it shortens any (教育部印发中小学生睡眠管理工作的通知), unlike a book's, a law's or a journal's name.
    private static bool NamesADocument(IReadOnlyList<AnalyzedWord> words, int open, int close)
    {
        for (var k = open + 1; k < close; k++)
        {
            if (words[k].Text == "关于")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="kept"/> without the title marks of an official document's title (<see cref="NamesADocument"/>) it
    /// keeps only in part: shortened, the title reads as a headline's words (印发关于加快推进科技成果转化的…), not as a document's
    /// name with words missing (《关于加快推进科技成果转化的》 from 《关于加快推进科技成果转化的若干措施》).
    /// </summary>
    internal static int[] WithoutHollowDocumentTitles(IReadOnlyList<AnalyzedWord> words, int[] kept)
    {
        List<int>? marks = null;
        for (var j = 0; j < kept.Length; j++)
        {
            var open = kept[j];
            if (words[open].Text != "《")
            {
                continue;
            }

            // kept is ascending: the title is whole when every word from its opening mark to its closing one is kept.
            var close = Closing(words, open, "》", title: true);
            var closeAt = close > 0 ? Array.BinarySearch(kept, close) : -1;
            if (closeAt > j && closeAt - j != close - open && NamesADocument(words, open, close))
            {
                (marks ??= []).Add(open);
                marks.Add(close);
            }
        }

        return marks is null ? kept : [.. kept.Where(k => !marks.Contains(k))];
    }

    // The index of the closer that partners the mark at open within its sentence (the next closer, unless the same mark
    // opens again first; a quote's ends at a clause's mark, and ASCII angle brackets hold Chinese only), or -1.
    private static int Closing(IReadOnlyList<AnalyzedWord> words, int open, string closer, bool title)
    {
        var opener = words[open].Text;
        var close = open + 1;
        while (close < words.Count && words[close].Text != closer && words[close].Text != opener && !EndsASentence(words[close].Text)
            && (title || !IsClauseMark(words[close].Text)) && (closer != ">" || HanScript.IsHan(words[close].Text[0])))
        {
            close++;
        }

        return close < words.Count && words[close].Text == closer ? close : -1;
    }

    private static bool EndsASentence(string word) => word.AsSpan().IndexOfAny("。！？!?\n\r") >= 0;

    private static bool IsClauseMark(string word) => word is "，" or "," or "；" or ";" or "：" or ":";

    /// <summary>True when word <paramref name="k"/> is bound to a neighbour (kept only with it).</summary>
    internal static bool IsBound(bool[]? bonds, int k) => bonds is not null && (bonds[k] || (k > 0 && bonds[k - 1]));

    /// <summary>
    /// <paramref name="kept"/> without any count it keeps without what is counted (<c>3200名</c> without <c>本科生</c>: 高校的3200名教育):
    /// a classifier counts the noun after it, though the noun may go without its count (a title says 网络新词 of 500个网络新词).
    /// </summary>
    internal static int[] WithoutCountsAlone(IReadOnlyList<AnalyzedWord> words, bool[]? bonds, int[] kept)
    {
        // A count is a number's compound (3200|名), so a document without bonds has none.
        if (bonds is null)
        {
            return kept;
        }

        List<int>? counts = null;
        for (var j = 0; j < kept.Length; j++)
        {
            var k = kept[j];
            if (k > 0 && bonds[k - 1] && !bonds[k] && IsClassifier(words[k].Text) && k + 1 < words.Count && words[k + 1].Flag.StartsWith('n')
                && (j + 1 == kept.Length || kept[j + 1] != k + 1))
            {
                (counts ??= []).Add(FirstOf(bonds, k));
            }
        }

        return counts is null ? kept : [.. kept.Where(k => !IsBound(bonds, k) || !counts.Contains(FirstOf(bonds, k)))];
    }

    /// <summary>
    /// <paramref name="kept"/> without the words of any compound it keeps only in part (a surface repair that drops a word
    /// can split one).
    /// </summary>
    internal static int[] WithoutParts(bool[]? bonds, int[] kept)
    {
        if (bonds is null)
        {
            return kept;
        }

        // kept is ascending, so a word's neighbour is kept exactly when it stands next to it in kept. The first words of
        // the compounds kept in part, in order.
        List<int>? partial = null;
        for (var j = 0; j < kept.Length; j++)
        {
            var k = kept[j];
            var missingNext = bonds[k] && (j + 1 == kept.Length || kept[j + 1] != k + 1);
            var missingPrevious = k > 0 && bonds[k - 1] && (j == 0 || kept[j - 1] != k - 1);
            if ((missingNext || missingPrevious) && FirstOf(bonds, k) is var first && (partial is null || partial[^1] != first))
            {
                (partial ??= []).Add(first);
            }
        }

        return partial is null ? kept : [.. kept.Where(k => !IsBound(bonds, k) || !partial.Contains(FirstOf(bonds, k)))];
    }

    // The first word of the compound word k belongs to (k itself when it is bound to nothing before it).
    private static int FirstOf(bool[] bonds, int k)
    {
        while (k > 0 && bonds[k - 1])
        {
            k--;
        }

        return k;
    }

    // Digits with an optional decimal point ("2020", "0.62"); jieba keeps such a run as one word.
    private static bool IsNumber(string text) =>
        text.Length > 0 && char.IsDigit(text[0]) && text.All(c => char.IsDigit(c) || c == '.');

    // Roman numerals as Unicode writes them (Ⅰ to ⅿ, U+2160-U+217F); jieba keeps each apart from the word after it.
    // A chemical element as a symbol (Cr, Fe) or a one-character Chinese name (铬, 磷, 硒).
    private static bool IsElement(string text) =>
        text switch
        {
            [var c] => HanScript.IsHan(c) || char.IsAsciiLetterUpper(c),
            [var c, var d] => char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(d),
            _ => false,
        };

    // An oxidation state in Roman numerals, the Unicode ones or ASCII (Ⅵ, II, IV).
    private static bool IsOxidationState(string text) =>
        IsRomanNumeral(text) || (text.Length is > 0 and <= 4 && text.All(c => c is 'I' or 'V' or 'X'));

    private static bool IsRomanNumeral(string text) => text.Length > 0 && text.All(c => c is >= '\u2160' and <= '\u217F');

    // A word of ASCII letters and digits (jieba's "eng" and "m" words: Ti, 6Al, 2.0, 2020).
    private static bool IsAlphanumeric(string text) =>
        text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '.');

    // A unit right after a number starts with a letter (kV, mmol, m2).
    private static bool IsLatinWord(string text) => text.Length > 0 && char.IsAsciiLetter(text[0]) && IsAlphanumeric(text);

    // The last word of the sign or unit that follows the number at word k, one space apart at most (a micro sign with its
    // unit: μ, g), or 0 when none follows.
    private static int UnitAfter(IReadOnlyList<AnalyzedWord> words, int k)
    {
        var u = k + 1 < words.Count && words[k + 1].Text == " " ? k + 2 : k + 1;
        if (u >= words.Count)
        {
            return 0;
        }

        var text = words[u].Text;
        return IsSign(text) || IsLatinWord(text) ? u
            : IsMicroSign(text) && u + 1 < words.Count && IsLatinWord(words[u + 1].Text) ? u + 1
            : 0;
    }

    // What makes the number after word k negative: 零下 or 负 (零下5摄氏度 kept as 5摄氏度 is a thaw), or a minus sign after an
    // opening mark, a preposition or a verb (降至-5℃, 为-4 dB, (-15°); after a counter, a name or a letter it is a range's or a
    // name's hyphen (7月-11月, 2-氨基-3-氰基, ET-1).
    private static bool IsNegativeSign(IReadOnlyList<AnalyzedWord> words, int k) =>
        words[k].Text is "零下" or "负"
        || (words[k].Text is "-" or "－" or "−"
            && (k == 0 || (words[k - 1].IsPunctuation && words[k - 1].Text is not (")" or "）" or "]")) || words[k - 1].Flag.StartsWith('p') || words[k - 1].Flag.StartsWith('v')));

    // Superscript digits and signs (², ³, ⁻, ¹): jieba keeps each apart from the letter or digit before it. Asked of nearly
    // every word, so a span search, not LINQ.
    private static bool IsExponent(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExcept(Exponents);

    // The micro sign and the Greek mu that stands for it (μg, µm).
    private static bool IsMicroSign(string text) => text is "μ" or "µ";

    // A comparison before an amount (超过38.5℃, 低于0.05, 不到30%): without it the bound reads as the amount itself (若体温38.5℃ of
    // 若体温超过38.5℃, stop 63's fever probe).
    private static bool IsComparator(string text) =>
        text is "超过" or "低于" or "高于" or "大于" or "小于" or "不到" or "不足" or "多于" or "少于" or "不超过" or "不低于" or "不少于" or "不高于";

    // Word k holds one to three digits and a space and three more digits follow (2 144, 12 500 000 from its first group on).
    // Asked of every number, so span searches, not LINQ.
    private static bool IsThousandsGroup(IReadOnlyList<AnalyzedWord> words, int k) =>
        k + 2 < words.Count && words[k].Text.Length <= 3 && !words[k].Text.AsSpan().ContainsAnyExceptInRange('0', '9') && words[k + 1].Text == " "
        && words[k + 2].Text.Length == 3 && !words[k + 2].Text.AsSpan().ContainsAnyExceptInRange('0', '9')
        && (k == 0 || !char.IsAsciiDigit(words[k - 1].Text[^1]));

    // A unit of a date or a clock time.
    private static bool IsDateUnit(char c) => "年月日号时点分秒".Contains(c, StringComparison.Ordinal);

    // A unit of a date or a clock time that a smaller one may follow.
    private static bool IsLargerTimeUnit(string text) => text is "年" or "月" or "日" or "号" or "时" or "点";

    // A unit of a date or a clock time after a larger one; jieba glues a particle to it (27|分在).
    private static bool IsSmallerTimeUnit(string text) => text.Length is 1 or 2 && "月日号时点分秒".Contains(text[0], StringComparison.Ordinal);

    // Classifiers that count single things (名, 种, 项, 家, 份), also after a power of ten jieba joins to them (1.2|万名): the noun
    // they count is what the number is about.
    private static bool IsClassifier(ReadOnlySpan<char> text) =>
        (text.Length == 2 && text[0] is '十' or '百' or '千' or '万' or '亿' && IsClassifier(text[1..]))
        || text is "名" or "位" or "个" or "只" or "头" or "匹" or "条" or "件" or "台" or "辆" or "架" or "艘" or "座" or "所" or "家" or "株" or "棵"
            or "枚" or "颗" or "粒" or "篇" or "部" or "本" or "册" or "项" or "种" or "类" or "批" or "套" or "份" or "张" or "支" or "根" or "块" or "户";

    private static bool IsSign(string text) => text is "%" or "％" or "‰" or "℃" or "°";

    private static bool IsConnector(string text) => text is "-" or "—" or "–" or "～" or "~" or "〜" or "/" or "·" or "至" or "比" or ":" or "：";

    // A counter or measure word right after the number (年, 例, 种, 万元, 世纪): a short Han word that is no particle,
    // preposition, conjunction, adverb or pronoun (3的倍数, 5和6 bind nothing); jieba tags 只 a conjunction (1864|只), which
    // after a number it never is.
    // A unit of three characters is one jieba tags a numeral or a classifier (1.2|万亿元, 300|平方米, 2.5|亿美元).
    private static bool IsCounter(AnalyzedWord word) =>
        word.Text == "只"
        || (word.Text.Length <= MaxCounterLength && word.Text.All(HanScript.IsHan) && word.Flag is not ("p" or "c" or "d" or "r") && !word.Flag.StartsWith('u'))
        || (word.Text.Length == MaxCounterLength + 1 && word.Flag is "m" or "q" && word.Text.All(HanScript.IsHan));
}
