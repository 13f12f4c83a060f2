using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// Detects the section labels of structured abstracts (<c>目的</c>, <c>方法</c>, <c>结果</c>, <c>结论</c>, <c>背景</c>,
/// <c>摘要</c>, ... with or without <c>:</c>/<c>：</c>, whitespace or brackets such as <c>【目的】</c>), so summarizers
/// can strip them from a candidate and never output one standing alone.
/// </summary>
public static class SectionLabels
{
    // A transcript's speakers (问：…答：…, 记者：…, 主持人：…, Q：…A：…): they label its turns as a structured abstract's labels
    // label its sections, and never glued to the turn (问题 and 回答 are words). Q and A only with their colon: a space sets
    // them off from Han text in ordinary prose (A 股市场).
    private static readonly string[] Speakers =
    [
        "问", "答", "Q", "A", "记者", "主持人", "提问", "回答", "采访者", "受访者", "嘉宾",
        "患者提问", "网友提问", "用户提问", "读者提问", "医生回答", "医生解答", "专家回答", "专家解答", "律师回答", "律师解答",
        "面试官", "考官", "应聘者", "面试者", "求职者",
    ];

    // Whether label is one of a transcript's speakers (主持人), which a form may name as its field (主持人：张三).
    internal static bool IsSpeaker(ReadOnlySpan<char> label)
    {
        foreach (var speaker in Speakers)
        {
            if (label.SequenceEqual(speaker))
            {
                return true;
            }
        }

        return false;
    }

    // Compound labels first so that "材料与方法" is taken whole rather than as "材料" + leftovers. A medical record's 诊断 alone
    // is no label: a case report ends on its diagnosis as a sentence (诊断:幼年透明蛋白纤维瘤病., md dev 0901, 0965), and the
    // shipped compressive model is trained on those words as they are. A job posting's sections (岗位职责, 任职要求) are labels;
    // its fields with a short value (工作地点：杭州市滨江区) are a form's lines (FormLines), and a label there would leave the
    // field before it (岗位名称：…) a line of its own.
    private static readonly string[] Labels =
    [
        .. new[]
        {
            "目的", "目标", "方法", "结果", "结论", "背景", "摘要", "对象", "意义", "讨论", "概述", "简介", "引言", "前言", "关键词", "关键字",
            "正文", "提要", "内容提要", "内容摘要", "中文摘要", "导语", "编者按", "编者的话", "温馨提示", "重要提示", "特别提示",
            "内容简介", "作品简介", "作者简介", "注意事项", "使用说明",
            "问题", "原因", "解决办法", "解决方法", "处理方法", "优点", "缺点", "总结", "备注", "食材", "用料", "做法", "诉求", "投诉内容", "追评", "追加评论", "画面", "镜头", "音效", "字幕", "解说", "旁白", "画外音",
            "投资要点", "核心观点", "风险提示", "评论员文章", "社论", "短评", "政策含义", "政策建议", "政策启示",
            "剧情简介", "剧情介绍", "剧情梗概", "故事梗概", "公司简介", "企业简介", "个人简介", "工作经历", "教育背景", "项目经历", "自我评价",
            "岗位职责", "工作职责", "职位描述", "岗位描述", "职位职责", "任职要求", "任职资格", "岗位要求", "职位要求", "工作内容",
            "问题描述", "复现步骤", "预期结果", "实际结果",
            "裁判要旨", "案例要旨", "基本案情", "案情简介", "争议焦点", "裁判结果", "裁判理由", "典型意义", "法官评析", "案例评析",
            "解析", "答案解析", "试题解析", "求助",
            "主诉", "现病史", "既往史", "个人史", "家族史", "婚育史", "过敏史", "体格检查", "专科检查", "辅助检查", "初步诊断", "入院诊断",
            "出院诊断", "鉴别诊断", "诊疗计划", "治疗经过", "入院情况", "出院情况", "出院医嘱",
            "研究目的", "研究目标", "研究方法", "研究结果", "研究结论", "研究背景", "研究意义", "研究对象", "研究设计",
            "材料与方法", "材料和方法", "资料与方法", "资料和方法", "对象与方法", "对象和方法", "方法与结果", "目的与方法",
            "结果与结论", "结论与意义", "主要结论", "主要结果", "主要方法",
            "objective", "objectives", "purpose", "aim", "aims", "background", "methods", "method", "results", "result",
            "conclusion", "conclusions", "abstract",
        }.Concat(Speakers).OrderByDescending(l => l.Length),
    ];

    // Every character a label can start with, case-insensitively as MatchLabel compares (found by trying them all,
    // so no case mapping is assumed): most clauses are ruled out by their first character instead of one
    // comparison per label (the label checks run several times per clause).
    private static readonly System.Buffers.SearchValues<char> LabelStarts = System.Buffers.SearchValues.Create(StartsOf(Labels));

    // Labels that also open a glued sentence in structured abstracts ("方法将120例患者...", "结果与术前相比...").
    // Only these are recognised without any separator, and only when no word they start continues them.
    private static readonly string[] GluedLabels = ["目的", "方法", "结果", "结论", "背景", "摘要"];

    // Exceptions that a structured abstract's methods sentence opens with ("目的…。方法对49例患者…"): the label and a
    // preposition, not the word 方法 as a subject.
    private static bool IsStructuredGluedLabel(string exception) => exception is "方法对" or "方法在";

    // Words that begin with a glued label but are ordinary text: "结果表明" frames a finding, "方法学" is a noun.
    private static readonly string[] GluedExceptions =
    [
        "结果表明", "结果显示", "结果发现", "结果证明", "结果提示", "结果说明", "结果是", "结果为", "结果的", "结果和", "结果与分析",
        "方法学", "方法论", "方法是", "方法的", "方法和", "方法与", "方法简便", "方法可", "方法能", "方法具有", "方法对", "方法在",
        "目的是", "目的在于", "目的性", "目的的", "结论是", "结论为", "结论的", "背景下", "背景的", "背景是", "摘要的",
    ];

    /// <summary>
    /// The length, in UTF-16 units, of the chain of section labels that opens <paramref name="text"/> (leading
    /// whitespace, brackets, the colon and whitespace after each label included); 0 when it opens with none.
    /// A bare label glued to its content (<c>方法将患者分为两组</c>) counts only for the core labels (目的, 方法,
    /// 结果, 结论, 背景, 摘要) and not when it starts an ordinary word (<c>结果表明</c>, <c>方法学</c>).
    /// </summary>
    public static int LabelLength(ReadOnlySpan<char> text) => LabelLength(text, structured: false);

    /// <summary>
    /// <see cref="LabelLength(ReadOnlySpan{char})"/> for a sentence of a structured abstract (<paramref name="structured"/>:
    /// a section label came earlier in the text), where <c>方法对…</c> and <c>方法在…</c> open the methods section glued to
    /// a sentence that starts with a preposition (<c>方法对49例患者…</c>); elsewhere they are the word 方法 as a subject
    /// (<c>该方法对噪声不敏感</c>).
    /// </summary>
    public static int LabelLength(ReadOnlySpan<char> text, bool structured) => LabelLength(text, structured, headings: true);

    /// <summary>
    /// <see cref="LabelLength(ReadOnlySpan{char}, bool)"/>, where <paramref name="headings"/> (the default there) also takes
    /// any short Han heading in <c>【】</c> (<c>【裁判要旨】</c>, <c>【病例】</c>) as a label, not only the known ones; without it,
    /// for a <c>【】</c> inside a sentence, which may set off a term (<c>采用【双重差分】方法</c>).
    /// </summary>
    public static int LabelLength(ReadOnlySpan<char> text, bool structured, bool headings)
    {
        var total = 0;
        while (true)
        {
            var next = OneLabel(text[total..], structured, headings);
            if (next == 0)
            {
                return total;
            }

            total += next;
        }
    }

    /// <summary>True when <paramref name="text"/> is nothing but section labels (e.g. <c>结果</c>, <c>【目的】</c>,
    /// <c>结果结论</c>, <c>方法：</c>); false for empty or whitespace-only text.</summary>
    public static bool IsLabelOnly(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        return LabelLength(trimmed) == trimmed.Length || IsBareLabelChain(trimmed);
    }

    /// <summary><paramref name="text"/> without its leading labels (the content of the section it opens).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Strip(text, LabelLength(text));
    }

    /// <summary><see cref="Strip(string)"/> given <paramref name="labelLength"/> = <see cref="LabelLength(ReadOnlySpan{char})"/> of the text (computed once by callers that need both).</summary>
    public static string Strip(string text, int labelLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return labelLength == 0 ? text : text[labelLength..].TrimStart().ToString();
    }

    private static int OneLabel(ReadOnlySpan<char> text, bool structured, bool headings)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // A numbered heading (一、研究背景, （二）方法, 3 结果, 2.1 研究设计) is a label with its number; the number alone is not.
        i += Enumerator(text[i..]);
        var close = i < text.Length ? ClosingBracket(text[i]) : '\0';
        if (close != '\0')
        {
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        var label = MatchLabel(text[i..]);
        if (label == 0 && headings && close == '】')
        {
            label = HeadingWords(text[i..]);
        }

        // A notice's kind before a colon (召回公告：…, 停电通知：…) labels what follows as its heading would.
        if (label == 0 && close == '\0')
        {
            label = KindHeadings.BeforeColonLength(text[i..]);
        }

        if (label == 0)
        {
            return 0;
        }

        var start = i;
        var english = char.IsAsciiLetter(text[i]);
        i += label;
        var separated = false;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
            separated = !english;
        }

        // An English label a space sets off from Chinese text is one too: a bilingual heading (目的 Objective 探讨…) or an
        // English one over a Chinese abstract (Objective 探讨…); before English text it needs its colon (Results show…).
        separated |= english && i > start + label && i < text.Length && HanScript.IsHan(text[i]);

        if (close != '\0')
        {
            // A bracket opened before the label must close right after it, else it is a parenthesis of the text.
            if (i >= text.Length || !IsClosing(text[i]))
            {
                return 0;
            }

            i++;
            separated = true;
        }

        var colon = false;
        while (i < text.Length && (IsColonLike(text[i]) || char.IsWhiteSpace(text[i])))
        {
            colon |= IsColonLike(text[i]);
            separated |= IsColonLike(text[i]) || !english;
            i++;
        }

        // Q and A are a speaker's only with a colon (Q：…, A：…); a letter before a space is the text's (A 股市场).
        if (english && label == 1)
        {
            return colon && close == '\0' ? i : 0;
        }

        if (separated)
        {
            return i;
        }

        // Nothing but sentence punctuation after the label ("结果。"): the label stands alone.
        if (IsOnlyPunctuation(text[i..]))
        {
            return text.Length;
        }

        return !english && IsGluedLabel(text[start..], structured) ? i : 0;
    }

    // 【裁判要旨】, 【基本案情】, 【病例】: in Chinese typesetting the lenticular brackets around a few Han characters mark a
    // heading, whatever it names. The length of those characters when the bracket closes right after them, else 0.
    private static int HeadingWords(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && i <= MaxHeadingChars && HanScript.IsHan(text[i]))
        {
            i++;
        }

        return i is > 0 and <= MaxHeadingChars && i < text.Length && text[i] == '】' ? i : 0;
    }

    private const int MaxHeadingChars = 10;

    // The length of a heading's number and what follows it (一、 （二） (3) 3  3. 3、 2.1 ), 0 when text opens with none.
    private static int Enumerator(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (!text.IsEmpty && text[0] is '（' or '(')
        {
            i = 1;
            var digits = Numeral(text[1..]);
            if (digits == 0 || 1 + digits >= text.Length || text[1 + digits] is not ('）' or ')'))
            {
                return 0;
            }

            i = 2 + digits;
        }
        else if (!text.IsEmpty && ChineseNumerals.Is(text[0]))
        {
            i = Numeral(text);
            if (i >= text.Length || text[i] is not ('、' or '．' or '.'))
            {
                return 0;
            }

            i++;
        }
        else
        {
            // Arabic: 3, 2.1, 2.1.3, then a space, 、 or a full stop.
            while (i < text.Length && i < 8 && char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i - start > 2)
                {
                    return 0;
                }

                if (i + 1 < text.Length && text[i] is '.' or '．' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                }
            }

            if (i == 0 || i >= text.Length || !(text[i] is '、' or '．' or '.' || IsLetterSpace(text[i])))
            {
                return 0;
            }

            i++;
        }

        while (i < text.Length && IsLetterSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // The length of the numeral text opens with: up to three Chinese numerals or two ASCII digits.
    private static int Numeral(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (!text.IsEmpty && char.IsAsciiDigit(text[0]))
        {
            while (i < text.Length && i < 2 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            return i < text.Length && char.IsAsciiDigit(text[i]) ? 0 : i;
        }

        while (i < text.Length && i < 3 && ChineseNumerals.Is(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsOnlyPunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsColonLike(char c) => c is ':' or '：';

    private static int MatchLabel(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !LabelStarts.Contains(text[0]))
        {
            return 0;
        }

        // Journals typeset a two- or three-character label letter-spaced (摘 要, 目　的, 关 键 词) and a copy keeps the spaces.
        if (text.Length > 2 && IsLetterSpace(text[1]) && !char.IsAsciiLetter(text[0]))
        {
            return MatchSpaced(text);
        }

        foreach (var label in Labels)
        {
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // An English label must end at a word boundary: "Results" is not the start of "Resultsmith".
            if (char.IsAsciiLetter(label[0]) && text.Length > label.Length && char.IsAsciiLetter(text[label.Length]))
            {
                continue;
            }

            return label.Length;
        }

        return 0;
    }

    // The longest label whose characters open text one by one, whitespace between them; its length in text.
    private static int MatchSpaced(ReadOnlySpan<char> text)
    {
        foreach (var label in Labels)
        {
            if (char.IsAsciiLetter(label[0]) || text[0] != label[0])
            {
                continue;
            }

            var i = 1;
            var matched = 1;
            while (matched < label.Length)
            {
                while (i < text.Length && IsLetterSpace(text[i]))
                {
                    i++;
                }

                if (i >= text.Length || text[i] != label[matched])
                {
                    break;
                }

                i++;
                matched++;
            }

            if (matched == label.Length)
            {
                return i;
            }
        }

        return 0;
    }

    // A space a typesetter puts between a label's characters: ASCII, ideographic or no-break.
    private static bool IsLetterSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t';

    private static char[] StartsOf(string[] labels)
    {
        var firsts = labels.Select(l => l[0]).Distinct().ToArray();
        var starts = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            ReadOnlySpan<char> one = [(char)c];
            foreach (var first in firsts)
            {
                if (one.Equals([first], StringComparison.OrdinalIgnoreCase))
                {
                    starts.Add((char)c);
                    break;
                }
            }
        }

        return [.. starts];
    }

    private static bool IsGluedLabel(ReadOnlySpan<char> text, bool structured)
    {
        foreach (var label in GluedLabels)
        {
            if (!text.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var exception in GluedExceptions)
            {
                if (text.StartsWith(exception, StringComparison.Ordinal))
                {
                    return structured && IsStructuredGluedLabel(exception);
                }
            }

            return true;
        }

        return false;
    }

    // "结果结论", "方法方法": bare labels stuck together with nothing else.
    private static bool IsBareLabelChain(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var label = MatchLabel(text);
            if (label == 0)
            {
                return false;
            }

            text = text[label..].TrimStart();
            while (!text.IsEmpty && (IsColonLike(text[0]) || IsClosing(text[0]) || ClosingBracket(text[0]) != '\0'))
            {
                text = text[1..].TrimStart();
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="c"/> is a bracket a label can stand in (<c>【目的】</c>, <c>[方法]</c>), so a label may start at it.</summary>
    public static bool IsLabelBracket(char c) => ClosingBracket(c) != '\0';

    private static char ClosingBracket(char c) => c switch
    {
        '【' => '】',
        '[' => ']',
        '(' => ')',
        '（' => '）',
        '〔' => '〕',
        '［' => '］',
        '<' => '>',
        '〈' => '〉',
        '《' => '》',
        _ => '\0',
    };

    private static bool IsClosing(char c) => c is '】' or ']' or ')' or '）' or '〕' or '］' or '>' or '〉' or '》';
}
