namespace SummEval.Extractive.Selection;

/// <summary>
/// The optional rules of <see cref="WellFormedCut.Count"/>, each a way a cut can leave a fragment; with <see cref="None"/>
/// a cut still never ends on a function word, an empty or punctuation-only token, or inside brackets.
/// </summary>
[Flags]
public enum WellFormedCutRules
{
    /// <summary>No optional rule: only the base checks (function words, brackets).</summary>
    None = 0,

    /// <summary>Back off a token that ends in a function character (<c>现状及</c>, <c>有助于</c>).</summary>
    TokenEndings = 1 << 0,

    /// <summary>
    /// Back off to before the last <c>、</c> when the item after it is cut short: the next token (past the budget)
    /// continues it (<c>不动杆菌属、气</c> of <c>气单胞菌属</c>), or to before the conjunction that opens a <c>、</c> list's
    /// last item (<c>A、B及最小</c>). An item followed by a list mark, a conjunction, <c>等</c>, a function word
    /// (<c>的</c>, <c>对</c>, ...), punctuation or the text's end is whole.
    /// </summary>
    ListItems = 1 << 1,

    /// <summary>
    /// Keep a final sign or unit that belongs to the token before it (<c>Cd2+</c>, <c>x′</c>, <c>15‰</c>), never cut
    /// inside a formula or number (<c>Cd2|+</c>, <c>K|-means</c>, <c>30°|C</c>, <c>2.|7</c>) nor between a bare number
    /// and the word it counts or measures (<c>茶多糖的6|种</c>, <c>20世纪80|年代</c>), and never leave an ASCII <c>"</c> open.
    /// </summary>
    Symbols = 1 << 2,

    /// <summary>
    /// Only with <see cref="ListItems"/>: an item followed by a verb of two or more characters (Jieba's dictionary tag
    /// <c>v</c>: <c>内容、特征及属性|进行了研究</c>) is whole.
    /// </summary>
    ListVerbs = 1 << 3,

    /// <summary>
    /// Back off a word that needs what follows it: a light verb or a verb that takes an object (<c>进行</c>,
    /// <c>存在</c>, <c>具有</c>), a modal (<c>必须</c>), an adverb of degree, scope or negation (<c>较为</c>, <c>十分</c>, <c>都</c>, <c>不</c>), and the
    /// negation prefix <c>非</c> (<c>在非|小细胞肺癌</c>, stop 59), and an adverb or adjective whose <c>于</c> follows (<c>不少|于2小时</c>, stop 61).
    /// </summary>
    Complements = 1 << 4,

    /// <summary>
    /// Back off a Latin phrase the source continues (<c>第二篇文章An| On-Line</c>, a product's <c>Mate| 60 Pro</c>, stop 61): words
    /// separated by spaces are one unit, kept only whole, unless nothing would be left before the phrase (round 9).
    /// </summary>
    LatinPhrases = 1 << 5,

    /// <summary>
    /// Back off a word that needs a clause or predicate after it: a conjunction or clause adverb (<c>但却</c>,
    /// <c>而且</c>, <c>从而</c>, <c>则</c>) or a modal Jieba keeps apart (<c>需</c>, <c>可</c>, <c>是否会</c>) (round 9).
    /// </summary>
    Connectives = 1 << 6,

    /// <summary>
    /// Never cut a hyphenated or chemical name at a hyphen next to an ideograph (<c>2-甲基|-4-氨基</c>, <c>结构|-功能</c>;
    /// letters or digits on both sides are <see cref="Symbols"/>' <c>K|-means</c>) nor a locant list at its comma
    /// (<c>2,|4-二硝基</c>) (round 9).
    /// </summary>
    Locants = 1 << 7,

    /// <summary>
    /// Back off a final aspect marker and its verb when the source goes on to their object (<c>提高了|</c>,
    /// <c>进行了|分析</c>), and a word ending in one that takes an object (<c>有着</c>, <c>随着</c>, <c>经过</c>) (round 9); the same for
    /// a resultative <c>出</c> Jieba keeps apart (<c>筛选出|2316颗</c>, stop 59).
    /// </summary>
    Aspect = 1 << 8,

    /// <summary>
    /// Back off a modifier whose head the source goes on to: a pronoun or determiner (<c>它|与</c>, <c>各个|参数</c>), a
    /// numeral (<c>一项|关键因子</c>), a distinguishing word (<c>大型|淡水鱼</c>), an adjective before its noun (<c>重要|组成部分</c>),
    /// after <c>的</c> (<c>竞争力的重要|保证</c>) or before <c>的</c> as an object (<c>一种有效|的</c>, <c>产生不同|的</c>), and
    /// <c>可能</c>, <c>一定</c>, and a verb whose object the source goes on to (<c>受到|越来越多的关注</c>, <c>处理有|更好的效果</c>,
    /// <c>提出|</c>), or a second verb that <c>并</c> joins to the first (<c>完成学生安全教育并签订|安全责任书</c>, stop 61);
    /// not an adjective that is the predicate (<c>效果显著</c>, <c>效率较低|的问题</c>) (round 10).
    /// </summary>
    Modifiers = 1 << 9,

    /// <summary>Back off a final <c>来</c> or <c>用来</c> of purpose before its verb (<c>信息来|实现</c>) (round 10).</summary>
    Purpose = 1 << 10,

    /// <summary>
    /// Back off a final localizer the source goes on from (<c>中</c>, <c>下</c>, <c>之间</c>, <c>时</c>) when no preposition
    /// opens its frame in the piece (<c>特征提取方法中|存在</c> → <c>特征提取方法</c>; <c>变换在图像融合中|具有</c> stays) (round 10);
    /// and back off to before a <c>以</c> whose <c>为</c> the source goes on to (<c>以收入损失最小…|为目标</c>): that frame is kept
    /// whole or not at all (stop 59).
    /// </summary>
    Localizers = 1 << 11,

    /// <summary>Every rule (the shipped textrank options).</summary>
    All = TokenEndings | ListItems | Symbols | ListVerbs | Complements | LatinPhrases | Connectives | Locants | Aspect | Modifiers | Purpose | Localizers,
}
