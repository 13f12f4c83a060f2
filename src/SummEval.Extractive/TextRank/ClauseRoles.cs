namespace SummEval.Extractive.TextRank;

/// <summary>
/// Tells a clause's <see cref="ClauseRole"/> from the section label of its sentence (or of the clause) and from the
/// framing phrase stripped from its start, and which clauses open with a word that leaves them dangling.
/// </summary>
public static class ClauseRoles
{
    // Section labels (any containing these) that open an objective or a results section of a structured abstract.
    private static readonly string[] ObjectiveLabels = ["目的", "目标", "objective", "purpose", "aim"];
    private static readonly string[] ResultLabels = ["结果", "result"];
    private static readonly string[] MethodLabels = ["方法", "材料", "资料", "对象", "method"];

    // Framing that announces a finding.
    private static readonly string[] ResultFraming = ["表明", "显示", "发现", "证明", "提示"];

    // Framing that announces the objective or the contribution.
    private static readonly string[] ObjectiveFraming =
    [
        "本文", "该文", "本研究", "本发明", "本实用新型", "本申请", "本公开", "提出", "设计", "建立", "构建", "针对", "为", "旨在", "试图", "以期", "探讨", "探索", "观察", "研究",
        "分析", "介绍", "综述", "论述", "阐述", "概述", "评价", "评估", "比较", "了解", "调查", "考察",
    ];

    // Framing, or a clause's first word, that introduces the method or the material.
    private static readonly string[] MethodFraming = ["采用", "利用", "通过", "首先", "然后", "其次", "最后", "在此基础上"];
    private static readonly HashSet<string> MethodOpeners = ["运用", "使用", "应用", "根据", "用", "经", "将", "把", "选取", "选择", "收集", "测定", "检测", "设置"];

    // Words of a finding: comparisons and changes ("降低了", "高于", "显著"), which titles rarely contain.
    private static readonly HashSet<string> ResultWords =
        ["提高", "降低", "增加", "减少", "高于", "低于", "优于", "显著", "明显", "下降", "上升", "提升", "达到", "可达", "增大", "减小", "缩短", "延长", "改善"];

    // Words that continue a sentence rather than start one ("且受隐私法规限制...", "并对...进行了分析"): a clause
    // opening with one of them, as a whole token, is a predicate without its subject.
    private static readonly HashSet<string> DanglingOpeners =
        ["且", "并", "又", "也", "还", "却", "则", "即", "故", "再", "就", "使", "致", "及", "以及", "进而", "以便", "并将", "并对", "而是"];

    // Words that point back to what an earlier sentence named ("该方法", "其粗糙度", "它在基本刀具库中…", "他的想象学说", a patent's
    // "所述连接件"), and the copula with its subject left behind ("是一组…蛋白").
    private static readonly HashSet<string> Anaphora = ["该", "其", "此", "这", "是", "它", "它们", "他", "她", "他们", "她们", "所述"];

    // The pronouns among them, which take 的 to point back (他的想象学说): the 的 goes with them.
    private static readonly HashSet<string> Pronouns = ["它", "它们", "他", "她", "他们", "她们"];

    // The disposal markers, whose subject is the sentence's ("将拟Shannon小波配置法和缝合单层板…", "把…"): a title never opens on one.
    private static readonly HashSet<string> Disposal = ["将", "把"];

    // Verbs of a purpose, a method or a finding that stripped framing leaves at a clause's start (为了|实现多目标回波信息处理,
    // 设计并|实现了基于Nutch的…, 建立测定当归芍药散中…的方法, 用戊二醛作为交联剂…, 得出影响电压凹陷域的因素): what they govern is the
    // topic, and a title never opens on one (at most 1 of the 2000 training titles opens on each). So do the verbs of a finding
    // whose study stripped framing took (本文基于…的调研，|发现法官人均年结案数…, 证明了所设计的神经元电路…, 这|表明…; stop 63), and
    // 包括 of a clause that lists what the clause before named (…的测定方法，|包括离子色谱法和分光光度法; stop 64).
    private static readonly HashSet<string> GoverningVerbs = ["实现", "建立", "构建", "得到", "得出", "给出", "确定", "分析", "使用", "运用", "用", "发现", "证明", "证实", "揭示", "表明", "包括"];

    // The particle that ends the noun phrase before it ("本文提出|的方案具有…"): a clause cut after a framing verb opens on it.
    private const string Attributive = "的";

    private static readonly System.Buffers.SearchValues<char> LeaningStarts =
        System.Buffers.SearchValues.Create([.. DanglingOpeners.Concat(Anaphora).Concat(Disposal).Append(Attributive).Concat(GoverningVerbs).Select(w => w[0]).Distinct()]);

    // Marks between the items of a list ("A、B和C"): method and measurement lists, rarely a title's topic.
    private static readonly HashSet<string> ListMarks = ["、", "和", "及", "与", "以及", "或"];

    // Head nouns a title's topic phrase ends on ("...对肝功能的影响", "...的临床疗效", "...的形成机制").
    private static readonly HashSet<string> TopicHeads =
    [
        "影响", "效果", "疗效", "作用", "关系", "机制", "机理", "特征", "特点", "规律", "应用", "价值", "现状", "进展", "策略", "对策",
        "意义", "差异", "分布", "因素", "相关性", "可行性", "安全性", "有效性",
    ];

    // In order: "结果与结论" and "方法与结果" open sections that are mostly results, "目的与方法" mostly the objective.
    private static readonly (string[] Cues, ClauseRole Role)[] LabelRules =
        [(ObjectiveLabels, ClauseRole.Objective), (ResultLabels, ClauseRole.Result), (MethodLabels, ClauseRole.Method)];

    // In order: result framing first, as "研究表明" also contains the objective cue "研究".
    private static readonly (string[] Cues, ClauseRole Role)[] FramingRules =
        [(ResultFraming, ClauseRole.Result), (ObjectiveFraming, ClauseRole.Objective), (MethodFraming, ClauseRole.Method)];

    /// <summary>The section a sentence opening with <paramref name="label"/> (its leading label text, possibly empty) belongs to.</summary>
    public static ClauseRole OfLabel(string label) => FirstMatch(label, LabelRules, StringComparison.OrdinalIgnoreCase);

    /// <summary>The role a stripped framing phrase (<c>结果表明</c>, <c>本文提出了一种</c>, <c>为</c>; empty when none) gives its clause.</summary>
    public static ClauseRole OfFraming(string framing) => FirstMatch(framing, FramingRules, StringComparison.Ordinal);

    /// <summary>True when a clause's first word (<c>将</c>, <c>运用</c>, <c>根据</c>, ...) introduces the method.</summary>
    public static bool IsMethodOpener(string firstToken) => MethodOpeners.Contains(firstToken);

    /// <summary>True when <paramref name="word"/> reports a change or a comparison (<c>降低</c>, <c>高于</c>, <c>显著</c>, ...).</summary>
    public static bool IsResultWord(string word) => ResultWords.Contains(word);

    /// <summary>True when <paramref name="token"/> separates the items of a list (<c>、</c>, <c>和</c>, <c>及</c>, ...).</summary>
    public static bool IsListMark(string token) => ListMarks.Contains(token);

    // The words behind IsResultWord and IsListMark, for a summarizer that folds them into one lookup per token.
    internal static IEnumerable<string> ResultWordList => ResultWords;

    internal static IEnumerable<string> ListMarkList => ListMarks;

    /// <summary>True when <paramref name="lastToken"/>, a clause's last word, heads a topic phrase (<c>影响</c>, <c>效果</c>, <c>机制</c>, ...).</summary>
    public static bool IsTopicHead(string lastToken) => TopicHeads.Contains(lastToken);

    /// <summary>True when <paramref name="firstToken"/>, a clause's first word, leaves the clause without a subject.</summary>
    public static bool IsDanglingOpener(string firstToken) => DanglingOpeners.Contains(firstToken);

    /// <summary>
    /// True when <paramref name="firstToken"/>, a clause's first word, continues a sentence or points back to an earlier
    /// one (<c>故</c>, <c>也</c>, <c>该</c>, <c>其</c>, the copula <c>是</c>, a pronoun, the particle <c>的</c>), or leaves it
    /// without its subject (the disposal markers <c>将</c>, <c>把</c>; a verb such as <c>实现</c>, <c>建立</c> or <c>用</c> that
    /// stripped framing left, 为了|实现…, 设计并|实现了…): a title never opens on one, and the clause reads without it
    /// (<c>故燃煤工业锅炉的污染物治理…</c>, <c>该控制系统具有…</c>, <c>是一组来自上皮根鞘的…蛋白</c>, <c>的方案具有良好的频谱展宽能力</c>,
    /// <c>将字典学习与变分模型相融合的…</c>).
    /// </summary>
    public static bool IsLeaningOpener(string firstToken) =>
        DanglingOpeners.Contains(firstToken) || Anaphora.Contains(firstToken) || Disposal.Contains(firstToken) || firstToken == Attributive
        || GoverningVerbs.Contains(firstToken);

    /// <summary>True when <paramref name="token"/> is a conjunction that joins two words (<c>和</c>, <c>与</c>, <c>及</c>): 建立|和|完善 is one predicate.</summary>
    internal static bool IsConjunction(string token) => Conjunctions.Contains(token);

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "和", "与", "及", "以及", "并", "或", "及其", "跟", "同" };

    /// <summary>True when <paramref name="token"/> is a verb stripped framing can leave (<c>实现</c>, <c>建立</c>, <c>用</c>, ...), whose aspect particle <c>了</c> or complement <c>出</c> goes with it.</summary>
    internal static bool IsGoverningVerb(string token) => GoverningVerbs.Contains(token);

    // Nouns such a verb modifies rather than governs (实现方法, 分析结果, 构建过程, 发现学习): the phrase is a topic, and it keeps its first word.
    private static readonly HashSet<string> ModifiedNouns = ["方法", "路径", "途径", "技术", "机制", "过程", "方式", "方案", "策略", "原理", "形式", "结果", "学习"];

    // Words of place and time that follow a verb or a noun to make a phrase with it (使用前, 用后, 分析时, 实验期间).
    private static readonly HashSet<string> Localizers = ["前", "后", "时", "中", "之前", "之后", "以前", "以后", "期间", "之际", "过程中"];

    /// <summary>True when <paramref name="token"/> is a word of place or time bound to the word before it (<c>使用|前</c>, <c>分析|时</c>).</summary>
    internal static bool IsLocalizer(string token) => Localizers.Contains(token);

    /// <summary>True when <paramref name="next"/>, the word after such a verb, is a noun it modifies (<c>实现方法</c>, <c>分析结果</c>).</summary>
    internal static bool IsModifiedNoun(string next) => ModifiedNouns.Contains(next);

    /// <summary>True when <paramref name="token"/> is a third-person pronoun (<c>它</c>, <c>他们</c>, ...), which points back with <c>的</c>.</summary>
    internal static bool IsPronoun(string token) => Pronouns.Contains(token);

    /// <summary>True when <paramref name="token"/> is a pronoun for people (<c>他</c>, <c>她</c>, <c>他们</c>, <c>她们</c>), not for things (<c>它</c>).</summary>
    internal static bool IsPersonalPronoun(string token) => token is "他" or "她" or "他们" or "她们";

    // Demonstratives, and the classifiers jieba keeps apart from them (这|款, 该|项, 此|类, 那|位): with its classifier a
    // demonstrative points back as one word, and a clause reads without both (这款笔记本轻薄便携 → 笔记本轻薄便携), not without
    // the demonstrative alone (款笔记本轻薄便携, 副对联的上联是…). Not 所 or 组, which also end a word (该所, 本组), nor 对 or 把,
    // prepositions too (这对我们很重要).
    private static readonly HashSet<string> Demonstratives = ["这", "该", "此", "那"];

    private static readonly HashSet<string> Classifiers =
    [
        "个", "种", "类", "款", "项", "位", "名", "些", "篇", "部", "本", "台", "件", "家", "条", "支", "次", "批", "份", "套", "座", "张",
        "门", "场", "届", "期", "段", "样", "首", "幅", "例", "起", "只", "块", "辆", "架", "艘", "颗", "根", "片", "栋", "间", "处", "则",
        "轮", "季", "道", "封", "笔", "副", "双", "群", "堂", "节", "顿", "句", "棵", "朵", "头", "匹", "层", "番", "盒", "瓶", "杯", "碗",
    ];

    /// <summary>
    /// True when <paramref name="first"/> and <paramref name="second"/>, a clause's first two words, are a demonstrative and its
    /// classifier (<c>这|款</c>, <c>该|项</c>, <c>此|类</c>): they point back as one word, and what follows reads without both.
    /// </summary>
    public static bool IsDemonstrativeWithClassifier(string first, string second) =>
        Demonstratives.Contains(first) && Classifiers.Contains(second);

    // The first characters of those words: a text opening with none of them needs no segmenting to know.
    internal static bool MayOpenLeaning(char first) => LeaningStarts.Contains(first);

    /// <summary>
    /// True when stripped <paramref name="framing"/> (leading markers, cut at word boundaries) opens with a word that leaves
    /// the clause without a subject: "并" in "并设计了控制器" goes with the framing, but the clause still leans on the one before.
    /// </summary>
    public static bool IsDanglingFraming(string framing)
    {
        ArgumentNullException.ThrowIfNull(framing);
        foreach (var opener in DanglingOpeners)
        {
            if (framing.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ClauseRole FirstMatch(string text, (string[] Cues, ClauseRole Role)[] rules, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            // Most clauses have no framing (and no cue is empty).
            return ClauseRole.Other;
        }

        // Loops, not LINQ: this runs for every clause and a lambda would capture text and comparison each time.
        foreach (var (cues, role) in rules)
        {
            foreach (var cue in cues)
            {
                if (text.Contains(cue, comparison))
                {
                    return role;
                }
            }
        }

        return ClauseRole.Other;
    }
}
