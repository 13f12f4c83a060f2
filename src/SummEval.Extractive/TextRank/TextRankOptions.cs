using SummEval.Extractive.Selection;

namespace SummEval.Extractive.TextRank;

/// <summary>Which units budgeted selection chooses from.</summary>
public enum SelectionUnit
{
    /// <summary>Sentences when the top-ranked sentence fits the budget, otherwise clauses.</summary>
    Auto,

    /// <summary>Whole sentences only (the best-ranked sentence is cut when none fits).</summary>
    Sentence,

    /// <summary>Clauses (split at ，,；;： and similar) only.</summary>
    Clause,
}

/// <summary>
/// TextRank settings: edge similarity, centrality, PageRank damping, selection unit and the clause scoring knobs.
/// The defaults are the values chosen by cross-validation on CSL train + CSL multi-domain dev (docs/extractive.md).
/// </summary>
public sealed record TextRankOptions
{
    /// <summary>Edge similarity.</summary>
    public SimilarityKind Similarity { get; init; } = SimilarityKind.Overlap;

    /// <summary>Sentence centrality: PageRank or PacSum's directed degree.</summary>
    public CentralityKind Centrality { get; init; } = CentralityKind.PageRank;

    /// <summary>PageRank damping factor d.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Directed centrality: weight of edges to earlier sentences (PacSum's λ1; the forward weight is 1 − λ1).</summary>
    public double BackwardWeight { get; init; } = 0;

    /// <summary>Directed centrality: edges below min + β·(max − min) of the document's similarities are dropped (PacSum's β).</summary>
    public double EdgeThreshold { get; init; }

    /// <summary>Clause value is divided by 1 + decay × sentence index (abstracts state their topic early).</summary>
    public double PositionDecay { get; init; } = 0.1;

    /// <summary>Word weight = centrality mass × idf^exponent (Jieba's general-corpus IDF; 0 ignores it).</summary>
    public double IdfExponent { get; init; } = 1;

    /// <summary>Clauses shorter than this (code points, after stripping labels and framing; at most the budget) cannot stand alone in a summary.</summary>
    public int MinClauseChars { get; init; } = 10;

    /// <summary>
    /// <see cref="MinClauseChars"/> for a clause the text puts forward (<see cref="TextRankClause.Named"/>, <c>本发明提供一种|茶叶杀青装置</c>):
    /// a title's noun phrase stands alone however short; at least <see cref="MinClauseChars"/> treats it as any clause.
    /// </summary>
    public int MinNamedClauseChars { get; init; } = 4;

    /// <summary>Clause value × this for a clause the text puts forward (<see cref="TextRankClause.Named"/>) and not cut, on top of its role's weight.</summary>
    public double NamedClauseWeight { get; init; } = 3;

    /// <summary>Clause value is also divided by 1 + decay × the clause's index within its sentence.</summary>
    public double ClauseDecay { get; init; }

    /// <summary>A clause longer than the budget may be used cut at a word boundary (as lead-1 cuts its sentence).</summary>
    public bool CutLongClauses { get; init; } = true;

    /// <summary>Also strip the objective verbs of abstracts (观察, 探讨, 综述了, ...) that open a clause but not a title.</summary>
    public bool StripObjectiveVerbs { get; init; } = true;

    /// <summary>Weight of words containing digits in a clause's value (titles name topics, rarely measurements).</summary>
    public double NumberWeight { get; init; } = 0.5;

    /// <summary>Clause value × this for objective clauses (<c>目的：</c>, <c>为了</c>, <c>提出一种</c>, <c>观察</c>; see <see cref="ClauseRoles"/>).</summary>
    public double ObjectiveWeight { get; init; } = 1.5;

    /// <summary>
    /// Clause value × this, on top of <see cref="ObjectiveWeight"/>, for the clauses of a structured abstract's labelled
    /// objective section (<c>目的：探讨…</c>): its title restates that section, which a long methods clause outweighed.
    /// </summary>
    public double ObjectiveSectionWeight { get; init; } = 5;

    /// <summary>Clause value × this for result clauses (<c>结果：</c> section, <c>结果表明</c>, <c>实验表明</c>).</summary>
    public double ResultWeight { get; init; } = 0.6;

    /// <summary>Clause value × this for method clauses (<c>方法：</c> section, <c>采用</c>, <c>利用</c>, <c>将</c>, ...).</summary>
    public double MethodWeight { get; init; } = 1;

    /// <summary>A clause with no other role that contains a word of change or comparison (<c>降低</c>, <c>高于</c>) counts as a result.</summary>
    public bool ResultWords { get; init; } = true;

    /// <summary>Clause value × this when the clause (as it would be output) contains a word with a digit (a measurement).</summary>
    public double NumericClauseWeight { get; init; } = 1;

    /// <summary>Clause value × this for clauses of the first sentence (the lead, on top of <see cref="PositionDecay"/>).</summary>
    public double LeadWeight { get; init; } = 1;

    /// <summary>A clause opening with a word that continues a sentence (<c>且</c>, <c>并</c>, <c>使</c>, ...) cannot stand alone.</summary>
    public bool DropDangling { get; init; }

    /// <summary>
    /// Clause value × this for clauses of the first sentence of a <em>plain</em> document: no section label, no
    /// objective clause, at most <see cref="PlainMaxSentences"/> sentences (short abstracts that open with their topic).
    /// </summary>
    public double PlainLeadWeight { get; init; } = 2;

    /// <summary>A document with more sentences than this is never plain (see <see cref="PlainLeadWeight"/>).</summary>
    public int PlainMaxSentences { get; init; } = 6;

    /// <summary>In a plain document the first sentence, cut after a word as lead-1 cuts it, is also a candidate (instead of its clauses).</summary>
    public bool LeadSentenceCandidate { get; init; } = true;

    /// <summary>
    /// Clause value × max(0, 1 + this × (forward − backward)): the shares of its words that recur in later and in
    /// earlier sentences (PacSum's direction at clause level: a topic is taken up later, a finding repeats earlier words).
    /// </summary>
    public double ForwardWeight { get; init; } = 0.25;

    /// <summary>Clause value × this when the clause (as it would be output) lists items: two or more of <c>、</c>, <c>和</c>, <c>及</c>, <c>与</c>, <c>以及</c>.</summary>
    public double EnumerationWeight { get; init; } = 0.6;

    // The per-rule options below are views of this one value (a `with` copy carries it and changes the rules it
    // sets), so a summarizer passes the rules down to every cut without recombining twelve booleans.
    private readonly WellFormedCutRules _cutRules = WellFormedCutRules.All;

    /// <summary>A cut clause ends neither on a function word (<c>的</c>, <c>与</c>, <c>对</c>, <c>在</c>, ...) nor inside brackets: the cut backs off to a whole phrase.</summary>
    public bool WellFormedCuts { get; init; } = true;

    /// <summary>With <see cref="WellFormedCuts"/>, a cut also backs off a token that ends in a function character (Jieba's <c>现状及</c>, <c>有助于</c>).</summary>
    public bool WellFormedTokenEndings { get => (_cutRules & WellFormedCutRules.TokenEndings) != 0; init => _cutRules = WithRule(WellFormedCutRules.TokenEndings, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never ends inside the last item of a <c>、</c> list that the source
    /// continues (<c>不动杆菌属、气</c> of <c>气单胞菌属</c>): it backs off to before that <c>、</c>.
    /// </summary>
    public bool WellFormedListItems { get => (_cutRules & WellFormedCutRules.ListItems) != 0; init => _cutRules = WithRule(WellFormedCutRules.ListItems, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut keeps a final sign or unit (<c>Cd2+</c>, <c>x′</c>), never splits a formula
    /// or number (<c>K|-means</c>, <c>30°|C</c>) nor a bare number from its unit or classifier (<c>6|种</c>), and never
    /// leaves an ASCII quote open (round 8).
    /// </summary>
    public bool WellFormedSymbols { get => (_cutRules & WellFormedCutRules.Symbols) != 0; init => _cutRules = WithRule(WellFormedCutRules.Symbols, value); }

    /// <summary>
    /// With <see cref="WellFormedListItems"/>, a <c>、</c> list item followed by a verb (<c>特征及属性|进行了研究</c>) is whole
    /// and not backed off (round 8).
    /// </summary>
    public bool WellFormedListVerbs { get => (_cutRules & WellFormedCutRules.ListVerbs) != 0; init => _cutRules = WithRule(WellFormedCutRules.ListVerbs, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never ends on a word that needs what follows: a light verb or a verb that
    /// takes an object (<c>进行</c>, <c>存在</c>), a modal, an adverb of degree, scope or negation (<c>较为</c>, <c>都</c>) (round 8), nor on
    /// a comparison whose <c>于</c> follows (<c>不少|于</c>, stop 61).
    /// </summary>
    public bool WellFormedComplements { get => (_cutRules & WellFormedCutRules.Complements) != 0; init => _cutRules = WithRule(WellFormedCutRules.Complements, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never ends inside a Latin phrase the source continues (<c>文章An| On-Line</c>):
    /// it backs off to before the phrase, unless nothing would be left (round 9).
    /// </summary>
    public bool WellFormedLatinPhrases { get => (_cutRules & WellFormedCutRules.LatinPhrases) != 0; init => _cutRules = WithRule(WellFormedCutRules.LatinPhrases, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never ends on a word that needs a clause or predicate after it: a conjunction
    /// or clause adverb (<c>但却</c>, <c>而且</c>, <c>从而</c>, <c>则</c>) or a modal (<c>需</c>, <c>可</c>, <c>会</c>) (round 9).
    /// </summary>
    public bool WellFormedConnectives { get => (_cutRules & WellFormedCutRules.Connectives) != 0; init => _cutRules = WithRule(WellFormedCutRules.Connectives, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never splits a hyphenated or chemical name at a hyphen or a locant comma
    /// (<c>制得2-甲基|-4-氨基</c>, <c>2,|4-</c>) (round 9).
    /// </summary>
    public bool WellFormedLocants { get => (_cutRules & WellFormedCutRules.Locants) != 0; init => _cutRules = WithRule(WellFormedCutRules.Locants, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never ends on a verb and its aspect marker, or a word ending in one
    /// (<c>有着</c>, <c>随着</c>), or on a verb and its resultative <c>出</c>, whose object the source goes on to (<c>提高了|</c>,
    /// <c>进行了|分析</c>, <c>筛选出|</c>) (round 9, stop 59).
    /// </summary>
    public bool WellFormedAspect { get => (_cutRules & WellFormedCutRules.Aspect) != 0; init => _cutRules = WithRule(WellFormedCutRules.Aspect, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never ends on a modifier whose head the source goes on to: a pronoun or
    /// determiner (<c>各个|参数</c>), a numeral (<c>一项|关键因子</c>), a distinguishing word (<c>大型|淡水鱼</c>), an attributive
    /// adjective (<c>竞争力的重要|组成部分</c>, <c>一种有效|的</c>), <c>可能</c>, <c>一定</c>, or a verb whose object it cuts off
    /// (<c>受到|越来越多的关注</c>); a predicate adjective stays (<c>效果显著</c>) (round 10).
    /// </summary>
    public bool WellFormedModifiers { get => (_cutRules & WellFormedCutRules.Modifiers) != 0; init => _cutRules = WithRule(WellFormedCutRules.Modifiers, value); }

    /// <summary>With <see cref="WellFormedCuts"/>, a cut never ends on <c>来</c> of purpose before its verb (<c>信息来|实现</c>) (round 10).</summary>
    public bool WellFormedPurpose { get => (_cutRules & WellFormedCutRules.Purpose) != 0; init => _cutRules = WithRule(WellFormedCutRules.Purpose, value); }

    /// <summary>
    /// With <see cref="WellFormedCuts"/>, a cut never ends on a localizer the source goes on from when no preposition opens
    /// its frame in the piece (<c>特征提取方法中|存在</c>); a prepositional frame (<c>在图像融合中|具有</c>) stays (round 10); nor inside
    /// a <c>以…为</c> frame whose <c>为</c> the source goes on to (stop 59).
    /// </summary>
    public bool WellFormedLocalizers { get => (_cutRules & WellFormedCutRules.Localizers) != 0; init => _cutRules = WithRule(WellFormedCutRules.Localizers, value); }

    /// <summary>The per-rule options (<see cref="WellFormedTokenEndings"/> ... <see cref="WellFormedLocalizers"/>) as one value, for <see cref="WellFormedCut.Count"/>.</summary>
    internal WellFormedCutRules CutRules => _cutRules;

    /// <summary>A clause with no other role that ends on a topic head noun (<c>影响</c>, <c>效果</c>, <c>机制</c>, ...) counts as objective.</summary>
    public bool TopicHeadObjective { get; init; }

    /// <summary>
    /// Consensus selection (w): the summary is chosen among <see cref="ConsensusPool"/> candidates (the knapsack's
    /// best, the next best without each of its pieces, single pieces) by (1 − w) × value / best value + w × mean char
    /// ROUGE-L against the other candidates (<see cref="Selection.ConsensusSelector"/>). 0 keeps the knapsack's best.
    /// </summary>
    public double ConsensusWeight { get; init; } = 0.75;

    /// <summary>Consensus selection weighs each other candidate's agreement by its value (MBR with a value posterior).</summary>
    public bool ConsensusValueWeighted { get; init; }

    /// <summary>Candidates consensus selection chooses among: the highest-valued distinct ones.</summary>
    public int ConsensusPool { get; init; } = 16;

    /// <summary>
    /// A candidate of several pieces in which one piece repeats at least this share of another (character LCS over the
    /// shorter piece) is left out of the consensus pool: it says one thing twice (<c>一套模糊滑模变结构控制器，滑模变结构控制器将负载…</c>).
    /// Null offers every candidate. Only budgets with room for two pieces see it (round 21).
    /// </summary>
    public double? RepeatShare { get; init; } = 0.5;

    /// <summary>
    /// Inner spans (round 8, on): a clause's rest after a framing word inside it (<c>提出了一种|</c>, <c>探讨了|</c>,
    /// <c>对…进行|</c>, <c>以…为研究对象|</c>) is one more candidate, at a word boundary, cut well formed like the clause;
    /// selection keeps it and its clause apart (<see cref="Selection.BudgetedSelector.SelectDisjoint"/>).
    /// </summary>
    public bool FramingSpans { get; init; } = true;

    /// <summary>Value × this for the inner spans <see cref="FramingSpans"/> adds.</summary>
    public double SubClauseWeight { get; init; } = 1;

    /// <summary>
    /// Chosen clauses are joined with a comma (<c>，</c> in a text with Chinese characters, <c>, </c> otherwise), which
    /// selection pays for out of the budget: two clauses glued without one read as a single broken phrase.
    /// </summary>
    public bool SeparatePieces { get; init; } = true;

    /// <summary>Selection unit.</summary>
    public SelectionUnit Unit { get; init; } = SelectionUnit.Auto;

    // The rules with `rule` on or off.
    private WellFormedCutRules WithRule(WellFormedCutRules rule, bool on) => on ? _cutRules | rule : _cutRules & ~rule;
}
