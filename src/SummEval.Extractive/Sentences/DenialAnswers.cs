namespace SummEval.Extractive.Sentences;

/// <summary>
/// The second half of a denial and its answer (<c>并非单纯的军事问题，而是明代土地制度…变动的结果</c>, <c>问题不在于…，而在于…</c>), or of a
/// contrast (<c>…降低了85%和90%以上，而仅接种两剂者的保护效果明显较低</c>): alone it answers or sets against something the reader never
/// sees, and after another piece it reads as that piece's correction (<c>卫所制度是明代的基本军事制度，而是…的结果</c>,
/// <c>新型冠状病毒疫苗加强针的保护效果，而仅接种两剂者的保护效果明显较低</c>).
/// </summary>
internal static class DenialAnswers
{
    /// <summary>Whether <paramref name="clause"/> (text between commas) opens on the answer's <c>而是</c> or <c>而在于</c>.</summary>
    internal static bool IsAnswer(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimStart();
        return clause.StartsWith("而是", StringComparison.Ordinal) || clause.StartsWith("而在于", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="clause"/>, with its framing stripped (a connective such as <c>而且</c> goes with it), still opens
    /// on the contrast's <c>而</c> (jieba's <c>而仅</c>, <c>而对</c>).
    /// </summary>
    internal static bool IsContrast(ReadOnlySpan<char> clause) => clause.TrimStart().StartsWith('而');
}
