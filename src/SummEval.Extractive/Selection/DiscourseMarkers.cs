using System.Collections.Frozen;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Leading discourse phrases of Chinese scientific abstracts ("本文", "提出了", "针对", "结果表明" ...) that frame a
/// clause but never appear in titles; stripping them leaves the content words a title would use.
/// </summary>
public static class DiscourseMarkers
{
    // Longest first, so "本文提出了" is removed whole rather than leaving "提出了".
    private static readonly string[] Markers =
    [
        .. new[]
        {
            "本文", "该文", "文章", "论文", "本研究", "研究", "我们", "笔者", "作者", "文中",
            "本发明", "本实用新型", "本申请", "本公开", "本综述", "本报告", "本章", "本项目", "本课题", "公开了一种", "公开了", "公开一种", "涉及一种", "提供了一种", "提供一种",
            "具体涉及一种", "具体涉及", "具体公开了一种", "具体公开一种", "具体提供了一种", "具体提供一种", "特别涉及一种", "尤其涉及一种",
            "提出了", "提出", "提出了一种", "提出一种", "设计了", "设计出了", "设计出", "设计", "介绍了", "介绍", "分析了", "探讨了", "研究了", "给出了", "建立了", "构建了", "采用",
            "针对", "为了", "为解决", "为", "通过", "利用", "对", "对于", "基于此", "在此基础上", "首先", "然后", "其次", "最后", "同时", "此外", "另外", "因此", "从而",
            "结果表明", "实验结果表明", "研究表明", "结果显示", "实验表明", "仿真结果表明",
            "但是", "但", "而且", "并且", "而",
            "并", "和", "及", "以及", "且", "或",
            "认为", "指出", "回顾了",
        }.Concat(AdverbFramedVerbs()).OrderByDescending(m => m.Length),
    ];

    // A framing verb behind an adverb ("简要介绍了", "着重论述了", "初步分析"): the adverb hid the verb from the markers.
    // Only these pairs: an adverb alone may be content ("主要成分", "初步设计"), and "系统" is left out because
    // "系统分析" is a field's name.
    private static IEnumerable<string> AdverbFramedVerbs() =>
        from adverb in new[] { "简要", "简单", "详细", "详细地", "详细的", "着重", "重点", "主要", "初步", "深入", "全面", "进一步" }
        from verb in new[] { "介绍", "分析", "阐述", "论述", "总结", "研究", "探讨", "揭示", "综述", "讨论", "概述", "回顾", "评述", "描述", "叙述", "说明", "概括", "考察", "探索", "梳理" }
        select adverb + verb;

    // The verbs that open the objective of an abstract ("观察补肾活血汤治疗..." → title "补肾活血汤对..."), merged
    // with the markers, longest first.
    private static readonly string[] WithObjectiveVerbs =
    [
        .. Markers.Concat(new[]
        {
            "综述了", "论述了", "阐述了", "概述了", "概括了", "总结了", "讨论了", "探讨", "探讨了", "探索", "观察", "观察了", "评价", "评估", "比较",
            "了解", "调查", "考察", "考察了", "分析总结", "系统梳理", "系统梳理了", "梳理了", "旨在", "试图", "以期", "本试验", "本实验", "通过对",
            "明确", "探明", "阐明", "查明", "弄清", "厘清", "摸清", "力图", "讨论", "揭示", "揭示了",
        }).OrderByDescending(m => m.Length),
    ];

    // The first characters of all markers and verbs: a clause opening with none of them has nothing to strip, which
    // spares most clauses a comparison per marker.
    private static readonly System.Buffers.SearchValues<char> MarkerStarts =
        System.Buffers.SearchValues.Create([.. WithObjectiveVerbs.Select(m => m[0]).Distinct()]);

    // Each list by first character, longest first as above: a clause is compared only with the markers that can
    // open it, and the first of them that matches is the one the whole list would have matched first.
    private static readonly FrozenDictionary<char, string[]> MarkersByStart = ByStart(Markers);
    private static readonly FrozenDictionary<char, string[]> WithObjectiveVerbsByStart = ByStart(WithObjectiveVerbs);

    // A verb that reports what follows it, then its comma or colon (研究|发现，…: the subject stripped as framing leaves the
    // verb): the length of the verb and its punctuation when text opens with them, else 0.
    internal static int ReportingVerbLength(ReadOnlySpan<char> text)
    {
        var verb = ReportingVerbAt(text);
        return verb > 0 && text.Length > verb + 1 && text[verb] is '，' or ',' or '：' or ':' ? text.Length - text[(verb + 1)..].TrimStart().Length : 0;
    }

    // The length of the verb that reports what follows (表明, 显示, 发现, ...) when text opens with one, else 0.
    private static int ReportingVerbAt(ReadOnlySpan<char> text)
    {
        foreach (var verb in ReportingVerbs)
        {
            if (text.StartsWith(verb, StringComparison.Ordinal))
            {
                return verb.Length;
            }
        }

        return 0;
    }

    private static readonly string[] ReportingVerbs = ["发现", "表明", "显示", "证实", "证明", "指出", "认为", "提示"];

    /// <summary>True when <paramref name="clause"/> is nothing but a chain of markers (<c>结果表明</c>, <c>因此</c>) framing what follows it.</summary>
    public static bool IsMarkerOnly(string clause, bool objectiveVerbs)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var trimmed = clause.AsSpan().Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        // Strip keeps a marker that is the whole clause, so measure it with a stand-in for the content it frames.
        Span<char> framed = trimmed.Length < 64 ? stackalloc char[trimmed.Length + 1] : new char[trimmed.Length + 1];
        trimmed.CopyTo(framed);
        framed[^1] = '\u0001';
        var rest = Rest(framed, objectiveVerbs);
        return rest.Length == 1 && rest[0] == '\u0001';
    }

    /// <summary>
    /// Removes any chain of leading markers from <paramref name="clause"/>, character by character: a marker may end
    /// inside a word (<c>和谐社会</c> loses its <c>和</c>). Give the clause's words to strip whole words only.
    /// </summary>
    public static string Strip(string clause) => Strip(clause, objectiveVerbs: false);

    /// <summary>
    /// Removes any chain of leading markers from <paramref name="clause"/> character by character (as
    /// <see cref="Strip(string)"/>), with <paramref name="objectiveVerbs"/> also the verbs that open an abstract's
    /// objective (观察, 探讨, 综述了, ...).
    /// </summary>
    public static string Strip(string clause, bool objectiveVerbs)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var rest = Rest(clause, objectiveVerbs);

        // Most clauses have nothing to strip: then the clause itself, not a copy.
        return rest.Length == clause.Length ? clause : rest.ToString();
    }

    /// <summary>
    /// Removes the chain of leading markers from <paramref name="clause"/> only where one of its
    /// <paramref name="words"/> ends (its tokens in order, e.g. jieba's), and the separator after them
    /// (<c>因此，模型…</c> → <c>模型…</c>): <c>和谐社会</c> keeps its <c>和</c>, and <c>为了解大语言模型…</c> loses <c>为</c> and then
    /// the verb <c>了解</c>, not <c>为了</c>. Words that do not spell the clause exactly give the character-level strip.
    /// </summary>
    public static string Strip(string clause, IReadOnlyList<string> words, bool objectiveVerbs)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(words);
        var stripped = StrippedLength(clause, words, objectiveVerbs);
        return stripped == 0 ? clause : clause[stripped..];
    }

    // How many leading characters Strip removes from clause (markers and the white space around them), without
    // copying what is left.
    internal static int StrippedLength(ReadOnlySpan<char> clause, bool objectiveVerbs) => clause.Length - Rest(clause, objectiveVerbs).Length;

    // How many leading characters the word-boundary strip removes (Strip with words): each marker chain is cut back to
    // the last word end inside it, and stripping stops at a marker that ends nowhere or where a bound suffix follows.
    internal static int StrippedLength(string clause, IReadOnlyList<string> words, bool objectiveVerbs) =>
        StrippedLength(clause, words, objectiveVerbs, StrippedLength(clause, objectiveVerbs));

    // The same, given what the character-level strip removes from the whole clause (a caller that measured it already,
    // to skip tokenizing a clause with nothing to strip, does not measure it twice).
    internal static int StrippedLength(string clause, IReadOnlyList<string> words, bool objectiveVerbs, int stripped)
    {
        if (stripped == 0)
        {
            return 0;
        }

        var ends = new int[words.Count];
        var offset = 0;
        for (var t = 0; t < ends.Length; t++)
        {
            offset += words[t].Length;
            ends[t] = offset;
        }

        if (offset != clause.Length)
        {
            return stripped;
        }

        var start = 0;
        while (true)
        {
            var boundary = LastAtMost(ends, start + stripped);
            if (boundary <= start || IsBoundSuffix(clause, ends, boundary))
            {
                return start;
            }

            start = boundary;
            while (start < clause.Length && (char.IsWhiteSpace(clause[start]) || FramingSeparators.Contains(clause[start])))
            {
                start++;
            }

            stripped = StrippedLength(clause.AsSpan(start), objectiveVerbs);
        }
    }

    // A token right after a marker that makes a word with it, which jieba left apart: 研究|区 (the study area), 研究|组 (the
    // study group), 研究|人员 (the researchers), 我们|县 (our county). Stripping the marker would leave 区植被覆盖度…,
    // 人员对10万名成年人…. Jieba's HMM can glue 组 to the function word after it (观察|组在|此基础…): a group still, not the
    // word 组合 or 组成.
    private static bool IsBoundSuffix(string clause, int[] ends, int boundary)
    {
        var next = Array.IndexOf(ends, boundary) + 1;
        return next > 0 && next < ends.Length && (ends[next] - boundary) switch
        {
            1 => BoundSuffixes.Contains(clause[boundary]) || (Places.Contains(clause[boundary]) && clause.AsSpan(0, boundary).EndsWith("我们", StringComparison.Ordinal)),
            2 => IsBoundPeople(clause.AsSpan(boundary, 2)) || (clause[boundary] == '组' && GroupFollowers.Contains(clause[boundary + 1]))
                || (IsStudyNoun(clause.AsSpan(boundary, 2)) && clause.AsSpan(0, boundary).EndsWith("研究", StringComparison.Ordinal) && ReportingVerbAt(clause.AsSpan(ends[next])) == 0),
            _ => false,
        };
    }

    // A place or body 我们 owns, which jieba keeps apart (我们|县, 我们|村, 我们|班; 区 is a bound suffix after any marker): 我们
    // is no subject there, and stripping it would leave 县早就该这样了.
    private static readonly System.Buffers.SearchValues<char> Places = System.Buffers.SearchValues.Create("国省市县乡镇村校班厂家");

    // What follows a group in a clinical abstract (观察组在…, 观察组的…, 研究组与…, 两组间…).
    private static readonly System.Buffers.SearchValues<char> GroupFollowers = System.Buffers.SearchValues.Create("在的与和中内间均各");

    // What a study has or looks at, after 研究 (研究|结论可为…提供参考, 研究|对象为…): one noun with it, the subject of its clause, and
    // no framing; stripped, 研究 left 结论可为… (and the label strip then 可为…) with an objective's role. 研究|结果|表明 is framing
    // still, as is any of them before a verb that reports (研究|结论|显示).
    private static bool IsStudyNoun(ReadOnlySpan<char> word) => word is "结论" or "结果" or "成果" or "对象" or "内容" or "区域" or "样本" or "数据";

    // Who works or is studied, after a verb that names their work (研究|人员, 研究|团队, 设计|人员, 研究|人群).
    private static bool IsBoundPeople(ReadOnlySpan<char> word) => word is "人员" or "团队" or "小组" or "人群";

    // Also textrank's opener trim (分析|型模型… keeps its 分析).
    internal static readonly System.Buffers.SearchValues<char> BoundSuffixes = System.Buffers.SearchValues.Create("区组者生所院室员型性");

    // What separates framing from what it frames (因此,如何…): left behind, it would open the summary.
    private static readonly System.Buffers.SearchValues<char> FramingSeparators = System.Buffers.SearchValues.Create(",，、;；:：\u3000");

    // The last word end (in order) that is at most limit; 0 when none is.
    private static int LastAtMost(int[] ends, int limit)
    {
        var last = 0;
        foreach (var end in ends)
        {
            if (end <= limit)
            {
                last = end;
            }
        }

        return last;
    }

    // What is left of clause after its leading markers: a suffix of it.
    private static ReadOnlySpan<char> Rest(ReadOnlySpan<char> clause, bool objectiveVerbs)
    {
        var span = clause.TrimStart();
        var byStart = objectiveVerbs ? WithObjectiveVerbsByStart : MarkersByStart;
        var changed = true;
        while (changed && !span.IsEmpty)
        {
            changed = false;
            var markers = MarkerStarts.Contains(span[0]) && byStart.TryGetValue(span[0], out var some) ? some : [];
            foreach (var marker in markers)
            {
                if (span.StartsWith(marker, StringComparison.Ordinal) && span.Length > marker.Length)
                {
                    if (marker == "对" && HasEffectVerb(span[1..]))
                    {
                        // 对X造成了误导: the preposition names who is affected; without it X reads as the one doing it.
                        break;
                    }

                    span = span[marker.Length..].TrimStart();

                    // A verb's aspect particle stays behind otherwise ("比较了东南景天..." → "了东南景天...").
                    if (span.Length > 1 && span[0] == '了')
                    {
                        span = span[1..].TrimStart();
                    }

                    changed = true;
                    break;
                }
            }

            var report = changed ? 0 : CaseReportLength(span);
            if (report > 0 && span.Length > report)
            {
                span = span[report..].TrimStart();
                changed = true;
            }
        }

        return span;
    }

    // Verbs whose object 对 names the one affected (对广大消费者造成了误导, 对环境产生影响) or addressed (对“双减”工作作出部署,
    // 对企业提出要求, 对困难家庭给予补助): stripped of 对, a clause says the opposite (广大消费者造成了误导, “双减”工作作出部署).
    // Only as the clause's verb: not before 的 (对…构成的系统进行研究, 对环境产生的影响, 对所提出的算法…), nor where a light verb
    // takes the object (对注入漏洞产生和利用的条件进行分析 is 对X进行Y, whose 对 goes).
    private static readonly string[] EffectVerbs = ["造成", "产生", "带来", "引起", "构成", "起到", "发挥", "作出", "做出", "提出", "给予"];

    private static readonly System.Buffers.SearchValues<string> LightVerbs =
        System.Buffers.SearchValues.Create(["进行", "加以", "予以"], StringComparison.Ordinal);

    private static bool HasEffectVerb(ReadOnlySpan<char> rest) => rest.IndexOfAny(LightVerbs) < 0 && FirstPredicate(rest, EffectVerbs) >= 0;

    // Offset of the first of verbs in text used as a predicate (its first occurrence, not before 的: 对环境产生的影响 is
    // attributive), or -1.
    private static int FirstPredicate(ReadOnlySpan<char> text, string[] verbs)
    {
        var first = -1;
        foreach (var verb in verbs)
        {
            var at = text.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first) && !text[(at + verb.Length)..].StartsWith("的", StringComparison.Ordinal))
            {
                first = at;
            }
        }

        return first;
    }

    // Verbs whose beneficiary a benefactive 为 names (为我国地铁车站的设计提供了新的思路, 为中国导弹事业的发展作出了贡献): stripped of
    // 为 as framing, the beneficiary reads as the one who provides.
    private static readonly string[] BenefitVerbs = ["提供", "作出", "做出", "奠定", "创造", "打下", "服务", "铺平", "开辟", "指明", "带来", "贡献"];

    // Offset in clause of the first benefit verb (not before 的) when the framing stripped from it ends on 为 (not 认为, whose
    // claim says what it says) and a beneficiary comes first; else -1. A clause that opens on the verb is a purpose's
    // (为|提供更好的服务).
    internal static int BenefitVerbAt(ReadOnlySpan<char> framing, string clause)
    {
        framing = framing.TrimEnd();
        if (!framing.EndsWith("为", StringComparison.Ordinal) || framing.EndsWith("认为", StringComparison.Ordinal))
        {
            return -1;
        }

        var first = FirstPredicate(clause, BenefitVerbs);
        return first > 0 ? first : -1;
    }

    // A case report opens "报告1例…" or "报道了2例…": what the cases have is the title ("报告1例恶性黑素瘤…" → "恶性黑素瘤…").
    // Only with the count: "报告" alone is a noun ("报告显示").
    private static int CaseReportLength(ReadOnlySpan<char> span)
    {
        if (!span.StartsWith("报告", StringComparison.Ordinal) && !span.StartsWith("报道", StringComparison.Ordinal))
        {
            return 0;
        }

        var at = 2;
        if (at < span.Length && span[at] == '了')
        {
            at++;
        }

        var digits = at;
        while (at < span.Length && (char.IsAsciiDigit(span[at]) || "一二两三四五六七八九十".Contains(span[at])))
        {
            at++;
        }

        if (at == digits || at >= span.Length || span[at] != '例')
        {
            return 0;
        }

        // jieba reads "例以" and "例经" as words (报告1例以色素减退为主要表现的…): the preposition goes with the count.
        return at + 1 < span.Length && span[at + 1] is '以' or '经' ? at + 2 : at + 1;
    }

    private static FrozenDictionary<char, string[]> ByStart(string[] markers) =>
        markers.GroupBy(m => m[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
}
