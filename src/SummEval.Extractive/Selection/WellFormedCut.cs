using System.Globalization;
using SummEval.Extractive.Normalization;
using SummEval.Jieba;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Where a text cut after whole tokens may end so that the piece stands alone: not on a function word or another word
/// that needs what follows (<c>的</c>, <c>与</c>, <c>对</c>, <c>在</c>, <c>进行</c>, <c>较为</c>, ...), nor on a token that ends in one (Jieba's <c>现状及</c>,
/// <c>用于</c>), not on a list mark, not inside brackets or an ASCII quote, not inside the last item of a <c>、</c> list the
/// source continues, not inside a formula or number (<c>Cd2|+</c>, <c>K|-means</c>, <c>30°|C</c>, <c>茶多糖的6|种</c>).
/// </summary>
public static class WellFormedCut
{
    // Words that bind to what follows them: a piece ending on one is a fragment ("...评价方法的", "...与").
    private static readonly HashSet<string> OpenEnders =
    [
        "的", "之", "与", "和", "及", "以及", "或", "或者", "并", "而", "且", "对", "对于", "在", "以", "于", "从", "把", "被", "将",
        "为", "由", "向", "给", "使", "让", "其", "及其", "地", "得", "是", "了解", "基于", "针对", "关于", "通过", "利用",
        "采用", "结合", "融合", "包括", "如", "即", "该", "这", "一种", "一个", "一类", "个", "种", "中的", "下的", "上的",
        // The prepositions of a span or a basis ("自2026年1月1日至|2026年6月30日", "按照|…"; 根据 and 依据 are nouns too): the object is what they say.
        "自", "至", "自从", "直至", "截至", "按照", "依照", "凭借", "鉴于", "至于",
        // 经 alone is the preposition of a procedure ("…，经|个人申请、班级推荐"): what it went through follows.
        "经",
    ];

    // Words that need what follows them and end no phrase (round 8): light verbs and verbs that take an object
    // ("...对信号进行", "...方法存在"), modals, and adverbs of degree, scope or negation ("...计算较为", "...都", "...不").
    private static readonly HashSet<string> ComplementWords =
    [
        "进行", "加以", "予以", "存在", "具有", "必须", "可以", "能够", "应该", "应当", "十分", "非常", "较为", "更为", "极为",
        "尤为", "颇为", "更加", "比较", "较", "更", "最", "很", "极", "太", "越来越", "不", "未", "非", "都", "也", "还", "均", "尤其", "极其", "与其",
        // Verbs of naming (stop 64: …淡水鲸类，被誉为|“长江的微笑”): the name is what they say.
        "被誉为", "誉为", "被称为", "称为", "被称作", "称作", "被评为", "评为", "被列为", "列为", "被视为", "视为", "号称",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedsComplementLookup = ComplementWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that need a clause or predicate after them (round 9): conjunctions and clause adverbs ("...但却",
    // "...而且", "...从而", "...则"), and modals Jieba keeps apart ("...首先需", "...是否会", "...化为可", "...不能", a notice's "...拟").
    private static readonly HashSet<string> Connectives =
    [
        "但", "但是", "却", "而且", "并且", "从而", "进而", "因而", "因此", "所以", "然而", "不过", "接着", "则", "就", "才", "又", "再",
        "便", "亦", "仍", "仍然", "依然", "已", "已经", "曾", "曾经", "正在", "甚至", "以便", "以免", "以致", "由于", "因为", "虽然",
        "尽管", "如果", "若", "只要", "只有", "不仅", "不但", "既", "首先", "其次", "然后", "此外", "需", "可", "会", "能", "应", "要",
        "不能", "不可", "不会", "无法", "是否", "拟",
        // What must not or need not be done, and what waits to be done (…承租人不得, …患者不宜, …问题有待): the act is what follows.
        "不得", "不宜", "不应", "不必", "不要", "不准", "不许", "切勿", "无需", "无须", "务必", "须", "亟待", "亟需", "有待",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectiveLookup = Connectives.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that end in an aspect marker and take an object (round 9): "...有着|积极的影响", "...随着|计算机技术".
    private static readonly HashSet<string> AspectWords = ["有着", "意味着", "随着", "沿着", "本着", "经过", "超过", "为了", "除了"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AspectWordLookup = AspectWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that modify what follows whatever Jieba's tag says (round 10): "和可能|的解决方案", "取得了一定|的效果".
    // With them, verbs whose object the source goes on to ("受到越来越多|的关注" backs off to "...受到", then to before it;
    // "处理有|更好的效果"), and 所 before its verb ("技术上所|取得的").
    private static readonly HashSet<string> HeadlessWords =
    [
        "可能", "一定", "所", "有", "拥有", "取得", "产生", "受到", "成为", "提供", "获得", "得到", "带来", "起到", "发挥", "达到", "营造", "提出", "开展",
        "造成", "导致", "引起", "关乎", "关乎到", "包括", "包含", "以下", "下列", "上述", "下述", "如下",
        "发生", "出现", "支付",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadlessLookup = HeadlessWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of relation that are attributive before a noun and predicates at a clause's end (round 10's modifiers, stop 55).
    private static readonly HashSet<string> RelationWords = ["有关", "相关"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelationLookup = RelationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Comparatives Jieba keeps as one token without a dictionary tag, adjectives like 高 and 好 (round 10: "拥有更高|的对比度").
    private static readonly HashSet<string> Comparatives =
    [
        "更好", "更高", "更大", "更多", "更强", "更低", "更小", "更快", "较好", "较高", "较大", "较低", "较小", "较强", "较快", "最好", "最高",
        "最大", "最小", "最低",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparativeLookup = Comparatives.GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs whose object an adjective and 的 open ("是一项十分严肃|的政治活动", "产生不同|的", "营造良好|的").
    private static readonly HashSet<string> ObjectVerbs =
    [
        "是", "为", "有", "具有", "拥有", "取得", "产生", "存在", "成为", "提供", "营造", "获得", "得到", "带来", "形成", "构成", "作为",
        "起到", "发挥", "达到",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectVerbLookup = ObjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // Localizers that close a frame (round 10): "方法中|存在", "在消息加密过程中|的安全性".
    private static readonly HashSet<string> Localizers = ["中", "下", "上", "内", "时", "之中", "之下", "之上", "之间", "之内", "之时", "期间"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LocalizerLookup = Localizers.GetAlternateLookup<ReadOnlySpan<char>>();

    // Prepositions that open such a frame: a frame they open is left whole (it carries the topic).
    private static readonly HashSet<string> FramePrepositions = ["在", "于", "从", "当", "处于"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FramePrepositionLookup = FramePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    // Hyphens that join the parts of a compound or chemical name ("2-甲基-4-氨基", "结构-功能").
    private const string Hyphens = "-‐－";

    // Characters that bind to what follows when they end a longer token: Jieba keeps "现状及" and "有助于" whole, and its
    // HMM joins "过高且" (every word ending in 且, 而且 to 尚且, opens a clause), and "1月1日至" a span's first date.
    private const string OpenEndChars = "及与和或并的于以之且至对";

    // Words that end in one of those characters and are complete themselves (nouns, adjectives, finished verbs).
    private static readonly HashSet<string> ClosedEndings =
    [
        "参与", "赠与", "饱和", "总和", "之和", "中和", "调和", "缓和", "温和", "共和", "平和", "涉及", "普及", "危及", "遍及",
        "提及", "波及", "埃及", "不及", "合并", "兼并", "吞并", "归并", "目的", "冬至", "夏至", "备至", "而至", "之至",
        "相对", "针对", "反对", "面对", "绝对", "应对", "核对", "配对", "成对", "比对", "校对", "派对", "作对", "查对", "敌对", "答对", "不对",
    ];

    // Looked up by span: a check runs for every candidate cut, so it must not allocate.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenEnderLookup = OpenEnders.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosedEndingLookup = ClosedEndings.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after which a list item is complete: the next item, the end of the list, a conjunction, or a function
    // word that follows a noun phrase ("经验深度对..." ends its item before 对; not classifiers: "优势|种" goes on).
    private static readonly HashSet<string> ItemEnders =
    [
        ".", "、", "和", "与", "及", "及其", "以及", "或", "或者", "等", "等等", "的", "之", "对", "对于", "在", "于", "为", "是", "并", "而", "且",
        "中", "上", "下", "间", "之间", "地", "得", "将", "被", "由", "从", "以", "向", "了",
    ];

    // Conjunctions that open the last item of a 、 list ("A、B及C").
    private static readonly HashSet<string> Conjunctions = ["和", "与", "及", "及其", "以及", "或", "或者"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup = Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ItemEnderLookup = ItemEnders.GetAlternateLookup<ReadOnlySpan<char>>();

    // Light verbs whose object is the list before them ("对内容、特征及属性进行了研究").
    private static readonly HashSet<string> LightVerbs = ["进行", "加以", "予以"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LightVerbLookup = LightVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // Aspect markers: a verb followed by one is a predicate ("完成|了").
    private const string AspectMarkers = "了着过";

    // The resultative complement 出 as Jieba keeps it apart (筛选|出, 分离|出, 识别|出): what was singled out follows.
    private const char Resultative = '出';

    // Clause punctuation: a locative phrase ends at it.
    private const string ClauseMarks = "，,；;：:。！!？?、";

    // Characters that end a list item where they stand: clause punctuation, brackets and quotes.
    private const string ItemBreaks = ClauseMarks + Brackets.Openers + Brackets.Closers;

    // Signs and units that belong to the letter or digit before them: an ion's charge (Cd2+), %, ‰, degrees, primes.
    private const string Postfixes = "+-%‰°′″℃℉";

    // A Latin word one space after a number is its unit when it is this short (m, m2, kg, MPa, mmol).
    private const int MaxSpacedUnitLength = 4;

    // Characters that join the letters or digits on both sides (K-means, 1/2, 10^5, 2.7, 3×10, 10~20).
    private const string Joiners = "-/^_·×±~～.";

    private const string Openers = Brackets.Openers;
    private const string Closers = Brackets.Closers;

    /// <summary>
    /// The largest token count ≤ <paramref name="count"/> whose prefix ends well: <paramref name="ends"/> are token end
    /// offsets into <paramref name="text"/>. 0 when no prefix ends well.
    /// </summary>
    /// <param name="text">The text being cut.</param>
    /// <param name="ends">Token end offsets (UTF-16) into the text.</param>
    /// <param name="count">Tokens that fit the budget.</param>
    /// <param name="rules">The optional rules that apply (<see cref="WellFormedCutRules.All"/> for the shipped cut).</param>
    public static int Count(string text, IReadOnlyList<int> ends, int count, WellFormedCutRules rules = WellFormedCutRules.All)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ends);

        // One local per rule, so the conditions below read as the rules they apply.
        var tokenEndings = (rules & WellFormedCutRules.TokenEndings) != 0;
        var listItems = (rules & WellFormedCutRules.ListItems) != 0;
        var symbols = (rules & WellFormedCutRules.Symbols) != 0;
        var listVerbs = (rules & WellFormedCutRules.ListVerbs) != 0;
        var complements = (rules & WellFormedCutRules.Complements) != 0;
        var latinPhrases = (rules & WellFormedCutRules.LatinPhrases) != 0;
        var connectives = (rules & WellFormedCutRules.Connectives) != 0;
        var locants = (rules & WellFormedCutRules.Locants) != 0;
        var aspect = (rules & WellFormedCutRules.Aspect) != 0;
        var modifiers = (rules & WellFormedCutRules.Modifiers) != 0;
        var purpose = (rules & WellFormedCutRules.Purpose) != 0;
        var localizers = (rules & WellFormedCutRules.Localizers) != 0;
        // Looked for once: the loop below may try many cuts of a text, and most texts have no formula.
        var formulas = symbols && InlineMath.Spans(text).Count > 0;
        while (count > 0)
        {
            var end = ends[count - 1];
            var open = UnclosedBracket(text.AsSpan(0, end));
            if (open >= 0)
            {
                // Back off to before the unclosed bracket.
                while (count > 0 && ends[count - 1] > open)
                {
                    count--;
                }

                continue;
            }

            if (symbols && UnclosedQuote(text.AsSpan(0, end)) is var quote and >= 0)
            {
                // Back off to before the open quote, as before an unclosed bracket.
                while (count > 0 && ends[count - 1] > quote)
                {
                    count--;
                }

                continue;
            }

            if (formulas && InlineMath.SpanAround(text, end) is var formula and >= 0)
            {
                // Back off to before the TeX formula the cut ends inside ($\ell|_1$).
                while (count > 0 && ends[count - 1] > formula)
                {
                    count--;
                }

                continue;
            }

            if (latinPhrases && LatinPhraseCut(text, end) is var phrase and > 0)
            {
                // Back off to before the phrase the cut ends inside.
                while (count > 0 && ends[count - 1] > phrase)
                {
                    count--;
                }

                continue;
            }

            var start = count == 1 ? 0 : ends[count - 2];
            var last = text.AsSpan(start, end - start).Trim();
            if (aspect && last.Length == 1 && (AspectMarkers.Contains(last[0], StringComparison.Ordinal) || last[0] == Resultative) && Continues(text, end))
            {
                // The marker and its verb, whose object the cut leaves behind ("提高了|...", "光谱中筛选出|2316颗…").
                count = Math.Max(0, count - 2);
                continue;
            }

            if (localizers && Continues(text, end) && LocativeWithoutVerb(text, ends, count) is var locative and >= 0)
            {
                // 在 and its place with no verb after them, the source going on (…14时27分在四川甘孜州泸定县|发生5.2级地震, …在全国|范围内):
                // a place with nothing that happened there.
                count = locative;
                continue;
            }

            if (localizers && OpenCoverbFrame(text, ends, count) is var coverb and >= 0)
            {
                // 以 whose 为 the cut leaves behind ("以客运企业收入损失最小和…|为目标"): the frame is kept whole or not at all.
                count = coverb;
                continue;
            }

            if (modifiers && IsConjoinedVerb(text, ends, count, last))
            {
                // A second verb joined by 并 whose object the cut leaves behind (…完成学生安全教育并签订|安全责任书): the first
                // predicate stands without it.
                count -= 2;
                continue;
            }

            if (complements && LeavesStandard(text, ends, count, last))
            {
                count--;
                continue;
            }

            if ((connectives && ConnectiveLookup.Contains(last)) || (aspect && AspectWordLookup.Contains(last) && Continues(text, end)) || (locants && SplitsName(text, end)))
            {
                count--;
                continue;
            }

            if (localizers && LocalizerLookup.Contains(last) && Continues(text, end) && FrameStart(text, ends, count - 1) < 0)
            {
                // A localizer no preposition opens ("特征提取方法中|存在" → "...方法"). A prepositional frame stays
                // ("变换在图像融合中|具有"): backing it off to before 在 lost the topic it carries (docs/extractive.md, round 10).
                count--;
                continue;
            }

            if ((purpose && IsPurpose(text, ends, count, last)) || (modifiers && CutsModifier(text, ends, count, last)))
            {
                count--;
                continue;
            }

            if (last.Length == 0 || OpenEnderLookup.Contains(last) || (tokenEndings && EndsOpen(last)) || (complements && NeedsComplement(last)) ||
                (!HasLetterOrDigit(last) && !Closers.Contains(last[^1], StringComparison.Ordinal) && !(symbols && (IsPostfix(text, start, end) || ClosesQuote(text, end)))) ||
                (symbols && SplitsFormula(text, ends, count)))
            {
                count--;
                continue;
            }

            if (listItems && ItemCutShort(text, ends, count, listVerbs) is var mark and >= 0)
            {
                while (count > 0 && ends[count - 1] > mark)
                {
                    count--;
                }

                continue;
            }

            return count;
        }

        return 0;
    }

    // Index of the preposition that opens the frame a localizer at token `localizer` closes (在, 于, 从, 当), or -1.
    private static int FrameStart(string text, IReadOnlyList<int> ends, int localizer)
    {
        for (var t = localizer - 1; t >= 0; t--)
        {
            if (FramePrepositionLookup.Contains(Token(text, ends, t)))
            {
                return t;
            }
        }

        return -1;
    }

    // Index of the last 在 among the cut's `count` tokens when no verb (Jieba's dictionary tag v or vn), localizer, 的 or
    // clause mark follows it there (a title mark may: 在《自然》杂志|发表), or -1.
    private static int LocativeWithoutVerb(string text, IReadOnlyList<int> ends, int count)
    {
        for (var t = count - 1; t >= 0; t--)
        {
            var token = Token(text, ends, t);
            if (token.SequenceEqual("在"))
            {
                return t < count - 1 ? t : -1;
            }

            if (token.IsEmpty || LocalizerLookup.Contains(token) || token.SequenceEqual("的") || ClauseMarks.Contains(token[^1], StringComparison.Ordinal)
                || JiebaSegmenter.Default.Dictionary.TagOf(token) is ['v', ..])
            {
                return -1;
            }
        }

        return -1;
    }

    // Index of the 以 that opens a 以…为 frame (以A为B: taking A as B) whose 为 comes after the cut's `count` tokens, or -1.
    private static int OpenCoverbFrame(string text, IReadOnlyList<int> ends, int count)
    {
        for (var t = count - 1; t >= 0; t--)
        {
            var token = Token(text, ends, t);
            if (token is "为" or "作为")
            {
                return -1;
            }

            if (token is "以")
            {
                for (var after = count; after < ends.Count; after++)
                {
                    if (Token(text, ends, after) is "为" or "作为")
                    {
                        return t;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    // The cut's last token is a verb (Jieba's dictionary tag v) that 并 or 并且 joins to the predicate before it, and the
    // source goes on to its object.
    private static bool IsConjoinedVerb(string text, IReadOnlyList<int> ends, int count, ReadOnlySpan<char> last) =>
        count >= 2 && Token(text, ends, count - 2) is "并" or "并且" && JiebaSegmenter.Default.Dictionary.TagOf(last) is "v" && Continues(text, ends[count - 1]);

    // The cut's last token is an adverb or adjective whose 于 Jieba split off: the comparison's standard follows, and
    // without it the piece says something else ("进行不少|于2小时" reads "quite a lot", "相较|于传统方法").
    private static bool LeavesStandard(string text, IReadOnlyList<int> ends, int count, ReadOnlySpan<char> last) =>
        count < ends.Count && Token(text, ends, count).SequenceEqual("于") && JiebaSegmenter.Default.Dictionary.TagOf(last) is "d" or "a" or "ad";

    // Token t of text (trimmed).
    private static ReadOnlySpan<char> Token(string text, IReadOnlyList<int> ends, int t)
    {
        var start = t == 0 ? 0 : ends[t - 1];
        return text.AsSpan(start, ends[t] - start).Trim();
    }

    // The cut's last token is 来 or 用来 of purpose: the source goes on to its verb ("信息来|实现"), not to 的 or an
    // aspect marker (来 the plain verb: "到来了").
    private static bool IsPurpose(string text, IReadOnlyList<int> ends, int count, ReadOnlySpan<char> last)
    {
        if (!(last.SequenceEqual("来") || last.SequenceEqual("用来")) || !Continues(text, ends[count - 1]))
        {
            return false;
        }

        var next = count < ends.Count ? Token(text, ends, count) : [];
        return !(next.SequenceEqual("的") || (next.Length == 1 && AspectMarkers.Contains(next[0], StringComparison.Ordinal)));
    }

    // The cut's last token modifies a head the source goes on to (round 10): a pronoun or determiner, a numeral without
    // digits, a distinguishing word (tag b) unless a conjunction follows ("字典单一|而"), 可能 and 一定, or an adjective
    // (tag a or z, or a comparative) that is attributive: a noun follows it, 的 precedes it, or 的 follows it and a
    // numeral, classifier or verb that takes an object precedes it (degree adverbs and 了 skipped).
    private static bool CutsModifier(string text, IReadOnlyList<int> ends, int count, ReadOnlySpan<char> last)
    {
        var end = ends[count - 1];
        if (HeadlessLookup.Contains(last))
        {
            // A quoted or titled object is the verb's too (开展|“非遗进校园”系列活动, 获得|“全国文明城市”称号).
            return Continues(text, end) || (end < text.Length && text[end] is '“' or '"' or '《' or '「');
        }

        if (!Continues(text, end))
        {
            return false;
        }

        var next = count < ends.Count ? Token(text, ends, count) : [];
        if (RelationLookup.Contains(last))
        {
            // 有关 and 相关 modify a noun ("所签署的有关|文件", "办理相关|手续", Jieba's verb) and end a predicate
            // ("与饮食习惯有关", "与发病密切相关|的因素").
            return IsNoun(next) || IsVerb(next);
        }

        var tag = JiebaSegmenter.Default.Dictionary.TagOf(last);
        switch (tag)
        {
            case "r":
                return true;
            case "m":
                return !last.ContainsAnyInRange('0', '9');
            case "b":
                return next.SequenceEqual("的") || !EndsListItem(next);
            case "a" or "z":
                break;
            default:
                if (!ComparativeLookup.Contains(last))
                {
                    return false;
                }

                break;
        }

        if (IsNoun(next))
        {
            return true;
        }

        var before = count - 2;
        if (before >= 0 && Token(text, ends, before).SequenceEqual("的"))
        {
            return true;
        }

        if (!next.SequenceEqual("的"))
        {
            return false;
        }

        while (before >= 0 && (NeedsComplementLookup.Contains(Token(text, ends, before)) || Token(text, ends, before).SequenceEqual("了")))
        {
            before--;
        }

        if (before < 0)
        {
            return false;
        }

        var previous = Token(text, ends, before);
        return ObjectVerbLookup.Contains(previous) || JiebaSegmenter.Default.Dictionary.TagOf(previous) is "m" or "q";
    }

    // A word Jieba's dictionary tags as a noun (n, nr, ns, nz, ..., vn, l, j).
    private static bool IsNoun(ReadOnlySpan<char> token) =>
        token.Length > 0 && JiebaSegmenter.Default.Dictionary.TagOf(token) is { } tag && (tag[0] == 'n' || tag is "vn" or "l" or "j");

    /// <summary>
    /// A (trimmed) token that needs what follows it (round 8): a light verb or a verb that takes an object (<c>进行</c>,
    /// <c>存在</c>), a modal (<c>必须</c>), an adverb (<c>较为</c>, <c>都</c>, <c>不</c>), or a token ending in the copula
    /// (Jieba's <c>中是</c>, <c>而是</c>, <c>也是</c>; not <c>实事求是</c>).
    /// </summary>
    public static bool NeedsComplement(ReadOnlySpan<char> token) =>
        NeedsComplementLookup.Contains(token) || (token.Length >= 2 && token[^1] == '是' && !token.SequenceEqual("实事求是"));

    /// <summary>
    /// A token of two or more characters ending in a binding character (<c>现状及</c>, <c>用于</c>, <c>难以</c>, <c>小小的</c>),
    /// unless its last two characters are a complete word (<c>参与</c>, <c>不饱和</c>, <c>目的</c>).
    /// </summary>
    public static bool EndsOpen(ReadOnlySpan<char> token) =>
        token.Length >= 2 && OpenEndChars.Contains(token[^1]) && !ClosedEndingLookup.Contains(token[^2..]);

    // Offset of the kept text's last 、 (or of the conjunction that opens the list's last item) when the item after it
    // is cut short (the source continues it), or -1.
    private static int ItemCutShort(string text, IReadOnlyList<int> ends, int count, bool listVerbs)
    {
        var end = ends[count - 1];
        var next = count;
        while (next < ends.Count && text.AsSpan(ends[next - 1], ends[next] - ends[next - 1]).IsWhiteSpace())
        {
            next++;
        }

        if (next == ends.Count || EndsListItem(text.AsSpan(ends[next - 1], ends[next] - ends[next - 1]).Trim()))
        {
            return -1;
        }

        var mark = text.LastIndexOf('、', end - 1);
        if (mark < 0)
        {
            return -1;
        }

        // A predicate after the item ends the list ("内容、特征及属性|进行了研究"): the item is whole.
        if (listVerbs && IsPredicate(text, ends, next))
        {
            return -1;
        }

        // A conjunction after the mark opens the list's last item ("支持向量机法、神经网络法及最小|二乘"): back off to
        // before it. Any other break means the list already ended before the cut ("A、B和C的研究", "(Cd2+、Pb2+)的吸附").
        for (var t = count - 1; t >= 0; t--)
        {
            var start = t == 0 ? 0 : ends[t - 1];
            if (start <= mark)
            {
                break;
            }

            var token = text.AsSpan(start, ends[t] - start).Trim();
            if (OpensListItem(token))
            {
                return start;
            }

            if (EndsListItem(token))
            {
                return -1;
            }
        }

        return mark;
    }

    /// <summary>
    /// A (trimmed) token after which a <c>、</c> list item is whole: the next list mark, a conjunction, <c>等</c>, a
    /// function word that follows a noun phrase (<c>的</c>, <c>对</c>, ...), or punctuation.
    /// </summary>
    public static bool EndsListItem(ReadOnlySpan<char> token) =>
        token.Length > 0 && (ItemEnderLookup.Contains(token) || token.IndexOfAny(ItemBreaks) >= 0);

    /// <summary>A conjunction that opens the last item of a <c>、</c> list (<c>及</c> in <c>A、B及C</c>).</summary>
    public static bool OpensListItem(ReadOnlySpan<char> token) => ConjunctionLookup.Contains(token);

    // Token next (and the one after it, when known) open a predicate.
    private static bool IsPredicate(string text, IReadOnlyList<int> ends, int next) =>
        OpensPredicate(
            text.AsSpan(ends[next - 1], ends[next] - ends[next - 1]).Trim(),
            next + 1 < ends.Count ? text.AsSpan(ends[next], ends[next + 1] - ends[next]).Trim() : []);

    /// <summary>
    /// Two (trimmed) tokens that open a predicate, which ends a <c>、</c> list before it: a light verb that takes the list
    /// as its object (<c>对A、B|进行</c>, <c>加以</c>, <c>予以</c>), or a verb followed by an aspect marker (<c>完成|了</c>).
    /// A verb alone is not enough: Jieba's dictionary tags many words <c>v</c> that continue a noun phrase
    /// (<c>配套|验证器</c>, <c>球壳|组合结构</c>, <c>核|转录因子</c>).
    /// </summary>
    public static bool OpensPredicate(ReadOnlySpan<char> token, ReadOnlySpan<char> after) =>
        LightVerbLookup.Contains(token) || (after.Length == 1 && AspectMarkers.Contains(after[0], StringComparison.Ordinal) && IsVerb(token));

    /// <summary>A word of two or more characters that Jieba's dictionary tags as a verb (<c>v</c>: <c>进行</c>, <c>存在</c>).</summary>
    public static bool IsVerb(ReadOnlySpan<char> token) =>
        token.Length >= 2 && JiebaSegmenter.Default.Dictionary.TagOf(token) == "v";

    // A letter or digit of a formula or number: Latin, Greek, full-width, digits; not a CJK ideograph (OtherLetter).
    private static bool IsAlphanumeric(char c) =>
        char.IsDigit(c) || (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherLetter);

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF';

    // The token [start, end) is signs and units that follow a letter or digit directly ("Cd2" + "+", "x" + "′"); a
    // charge (+, -) follows a formula with a letter in it, not a bare number ("2-甲基-4-|氨基" is a locant's hyphen).
    private static bool IsPostfix(string text, int start, int end)
    {
        if (start == 0 || !IsAlphanumeric(text[start - 1]) && !Postfixes.Contains(text[start - 1], StringComparison.Ordinal))
        {
            return false;
        }

        if (text[start] is '+' or '-')
        {
            var i = start - 1;
            while (i >= 0 && char.IsAsciiDigit(text[i]))
            {
                i--;
            }

            if (i < 0 || !IsAlphanumeric(text[i]))
            {
                return false;
            }
        }

        for (var i = start; i < end; i++)
        {
            if (!Postfixes.Contains(text[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The cut after token count - 1 splits a formula or number: letters or digits on both sides (Runge|-Kutta: a
    // postfix or joiner continues them; K-|means, 30°|C: letters or digits or a bracket continue a sign), or a bare number is cut
    // from the word it counts or measures (6|种, 80|年代), unless a list mark, conjunction or function word follows it.
    private static bool SplitsFormula(string text, IReadOnlyList<int> ends, int count)
    {
        var end = ends[count - 1];
        if (end >= text.Length || end == 0)
        {
            return false;
        }

        char before = text[end - 1], after = text[end];
        if (SplitsSpacedNumber(text, end))
        {
            return true;
        }

        if (IsAlphanumeric(after) && (IsAlphanumeric(before) || Postfixes.Contains(before, StringComparison.Ordinal) || Joiners.Contains(before, StringComparison.Ordinal)))
        {
            return true;
        }

        if (IsAlphanumeric(before) && Postfixes.Contains(after, StringComparison.Ordinal))
        {
            return true;
        }

        // A sign before a bracket joins what the bracket holds (2-|(邻硝基苯胺), PLRD-|(k,m)): not a charge.
        if ((Postfixes.Contains(before, StringComparison.Ordinal) || Joiners.Contains(before, StringComparison.Ordinal)) && Openers.Contains(after, StringComparison.Ordinal))
        {
            return true;
        }

        if (IsAlphanumeric(before) && Joiners.Contains(after, StringComparison.Ordinal) && end + 1 < text.Length && IsAlphanumeric(text[end + 1]))
        {
            return true;
        }

        // A clock time or a ratio (8:00至18|:00, 1:|2): a colon between digits is the number's, not a label's.
        if (SplitsDigitsAtColon(text, end))
        {
            return true;
        }

        if (!IsIdeograph(after))
        {
            return false;
        }

        var start = count == 1 ? 0 : ends[count - 2];
        var last = text.AsSpan(start, end - start).Trim();
        if (last.Length == 0 || !char.IsAsciiDigit(last[0]) || last.ContainsAnyExcept("0123456789.") || !char.IsAsciiDigit(last[^1]))
        {
            return false;
        }

        var next = count < ends.Count ? text.AsSpan(end, ends[count] - end).Trim() : text.AsSpan(end, 1);
        return !EndsListItem(next);
    }

    // The cut at end falls on either side of a colon with a digit on each side (18|:00, 18:|00).
    private static bool SplitsDigitsAtColon(string text, int end)
    {
        var colon = text[end] is ':' or '：' ? end : text[end - 1] is ':' or '：' ? end - 1 : -1;
        return colon > 0 && colon + 1 < text.Length && char.IsAsciiDigit(text[colon - 1]) && char.IsAsciiDigit(text[colon + 1]);
    }

    // The cut at end leaves a number written SI style in Chinese text: a space follows that goes on with the next group
    // of three digits (建筑面积45| 090 m2) or with the number's unit (最高32.5| m, 45 090| m2). After a Latin letter or a
    // space the number is English prose ("in 2019 the"), whose words a cut may part.
    private static bool SplitsSpacedNumber(string text, int end)
    {
        if (!char.IsAsciiDigit(text[end - 1]) || !IsGroupSpace(text[end]) || end + 1 == text.Length)
        {
            return false;
        }

        var start = end;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.' || (IsGroupSpace(text[start - 1]) && start > 1 && char.IsAsciiDigit(text[start - 2]))))
        {
            start--;
        }

        if (start > 0 && (char.IsAsciiLetter(text[start - 1]) || char.IsWhiteSpace(text[start - 1])))
        {
            return false;
        }

        var next = end + 1;
        var digits = 0;
        while (next + digits < text.Length && char.IsAsciiDigit(text[next + digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            return digits == 3;
        }

        var letters = 0;
        while (next + letters < text.Length && char.IsAsciiLetterOrDigit(text[next + letters]))
        {
            letters++;
        }

        return letters is > 0 and <= MaxSpacedUnitLength && char.IsAsciiLetter(text[next]) && (next + letters == text.Length || !char.IsAsciiLetter(text[next + letters]));
    }

    // A space between a number's groups or before its unit: the ordinary, thin, no-break or narrow no-break space.
    private static bool IsGroupSpace(char c) => c is ' ' or '\u2009' or '\u00A0' or '\u202F';

    // Offset of the Latin phrase a cut at end ends inside ("An| On-Line": a Latin letter or digit before the cut, spaces and
    // a Latin letter or digit after it, one of the two a letter, so a product's name goes whole too: "Mate| 60 Pro"), when
    // text other than spaces comes before the phrase; otherwise -1 (an English clause is still cut between its words: there
    // is nothing better to keep).
    private static int LatinPhraseCut(string text, int end)
    {
        if (end == 0 || end >= text.Length || !char.IsAsciiLetterOrDigit(text[end - 1]) || text[end] != ' ')
        {
            return -1;
        }

        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next == text.Length || !char.IsAsciiLetterOrDigit(text[next]) || !(char.IsAsciiLetter(text[end - 1]) || char.IsAsciiLetter(text[next])))
        {
            return -1;
        }

        // Back over the phrase's words (letters, digits, hyphens, apostrophes, dots) and the single spaces between them.
        var start = end;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\'' or '.' ||
            (text[start - 1] == ' ' && start > 1 && char.IsAsciiLetterOrDigit(text[start - 2]))))
        {
            start--;
        }

        return text.AsSpan(0, start).IsWhiteSpace() ? -1 : start;
    }

    // The source goes on after end (spaces skipped) with something other than punctuation or a bracket: what a final
    // verb takes is cut off.
    private static bool Continues(string text, int end)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && !ItemBreaks.Contains(text[next], StringComparison.Ordinal) && text[next] != '.';
    }

    // The cut at end splits a hyphenated name: a hyphen after it joins an ideograph to a letter, digit, ideograph or
    // bracket ("甲基|-4-氨基", "结构|-功能", "2|-甲基"), or a comma after it continues a locant list that a hyphen ends ("2,|4-二硝基").
    private static bool SplitsName(string text, int end)
    {
        if (end == 0 || end + 1 >= text.Length)
        {
            return false;
        }

        char before = text[end - 1], mark = text[end], after = text[end + 1];
        if (Hyphens.Contains(mark, StringComparison.Ordinal))
        {
            // Letters or digits on both sides (K|-means) are a formula, the symbols rule's concern.
            return (IsIdeograph(before) && (IsAlphanumeric(after) || IsIdeograph(after) || Openers.Contains(after, StringComparison.Ordinal))) ||
                (IsAlphanumeric(before) && IsIdeograph(after));
        }

        if (mark != ',' || !char.IsAsciiDigit(before) || !char.IsAsciiDigit(after))
        {
            return false;
        }

        var i = end + 1;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ','))
        {
            i++;
        }

        return i < text.Length && Hyphens.Contains(text[i], StringComparison.Ordinal);
    }

    // The text up to end closes an ASCII quote: it ends on '"' and holds an even number of them.
    private static bool ClosesQuote(string text, int end) => text[end - 1] == '"' && text.AsSpan(0, end).Count('"') % 2 == 0;

    // Offset of the last ASCII '"' when the text holds an odd number of them and no closing ” follows it (sources mix
    // "四新” quotes), or -1.
    private static int UnclosedQuote(ReadOnlySpan<char> text)
    {
        if (text.Count('"') % 2 == 0)
        {
            return -1;
        }

        var quote = text.LastIndexOf('"');
        return text[quote..].Contains('”') ? -1 : quote;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Offset of the last bracket opened and not closed in <paramref name="text"/>, or -1 (no allocation).</summary>
    public static int UnclosedBracket(ReadOnlySpan<char> text)
    {
        var closed = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (Closers.Contains(text[i], StringComparison.Ordinal))
            {
                closed++;
            }
            else if (Openers.Contains(text[i], StringComparison.Ordinal))
            {
                if (closed == 0)
                {
                    return i;
                }

                closed--;
            }
        }

        return -1;
    }
}
