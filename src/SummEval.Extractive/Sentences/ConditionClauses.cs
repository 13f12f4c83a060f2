namespace SummEval.Extractive.Sentences;

/// <summary>
/// A clause that only sets the terms for the next one: a statute's or a contract's condition, which ends on the particle
/// <c>的</c> with no copula (<c>股东未按期足额缴纳出资的，…</c>, <c>下列原因造成被保险人身故或伤残的，…</c>; also a modifier whose noun the
/// sentence gives elsewhere, <c>适用于导引头伺服系统调试阶段的</c>), or an exception (<c>除应当向公司足额缴纳外，…</c>). Alone it names
/// no one and says nothing; a statement such as <c>…的模拟是合理的</c> has its <c>是</c>.
/// </summary>
internal static class ConditionClauses
{
    /// <summary>Whether <paramref name="clause"/>, whose last token is <paramref name="lastToken"/>, is such a clause.</summary>
    internal static bool IsCondition(ReadOnlySpan<char> clause, ReadOnlySpan<char> lastToken) =>
        (lastToken is "的" && !clause.Contains('是'))
        || (clause.StartsWith("除", StringComparison.Ordinal) && lastToken is "外" or "以外" or "之外");
}
