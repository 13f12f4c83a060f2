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

    // Framing that announces a finding; checked before the objective cues, as "研究表明" also contains "研究".
    private static readonly string[] ResultFraming = ["表明", "显示", "发现", "证明", "提示"];

    // Framing that announces the objective or the contribution.
    private static readonly string[] ObjectiveFraming =
    [
        "本文", "该文", "本研究", "提出", "设计", "建立", "构建", "针对", "为", "旨在", "试图", "以期", "探讨", "探索", "观察", "研究",
        "分析", "介绍", "综述", "论述", "阐述", "概述", "评价", "评估", "比较", "了解", "调查", "考察",
    ];

    // Words that continue a sentence rather than start one ("且受隐私法规限制...", "并对...进行了分析"): a clause
    // opening with one of them, as a whole token, is a predicate without its subject.
    private static readonly HashSet<string> DanglingOpeners =
        ["且", "并", "又", "也", "还", "却", "则", "即", "故", "再", "就", "使", "致", "及", "以及", "进而", "以便", "并将", "并对", "而是"];

    /// <summary>The section a sentence opening with <paramref name="label"/> (its leading label text, possibly empty) belongs to.</summary>
    public static ClauseRole OfLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length == 0)
        {
            return ClauseRole.Other;
        }

        // "结果与结论" and "方法与结果" open sections that are mostly results; "目的与方法" mostly the objective.
        if (ObjectiveLabels.Any(l => label.Contains(l, StringComparison.OrdinalIgnoreCase)))
        {
            return ClauseRole.Objective;
        }

        return ResultLabels.Any(l => label.Contains(l, StringComparison.OrdinalIgnoreCase)) ? ClauseRole.Result : ClauseRole.Other;
    }

    /// <summary>The role a stripped framing phrase (<c>结果表明</c>, <c>本文提出了一种</c>, <c>为</c>; empty when none) gives its clause.</summary>
    public static ClauseRole OfFraming(string framing)
    {
        ArgumentNullException.ThrowIfNull(framing);
        if (framing.Length == 0)
        {
            return ClauseRole.Other;
        }

        if (ResultFraming.Any(f => framing.Contains(f, StringComparison.Ordinal)))
        {
            return ClauseRole.Result;
        }

        return ObjectiveFraming.Any(f => framing.Contains(f, StringComparison.Ordinal)) ? ClauseRole.Objective : ClauseRole.Other;
    }

    /// <summary>True when <paramref name="firstToken"/>, a clause's first word, leaves the clause without a subject.</summary>
    public static bool IsDanglingOpener(string firstToken) => DanglingOpeners.Contains(firstToken);
}
