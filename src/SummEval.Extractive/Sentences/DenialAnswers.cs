namespace SummEval.Extractive.Sentences;

/// <summary>
/// The second half of a denial and its answer (<c>并非单纯的军事问题，而是明代土地制度…变动的结果</c>, <c>问题不在于…，而在于…</c>):
/// alone it answers a denial the reader never sees, and after another piece it reads as that piece's correction
/// (<c>卫所制度是明代的基本军事制度，而是…的结果</c>).
/// </summary>
internal static class DenialAnswers
{
    /// <summary>Whether <paramref name="clause"/> (text between commas) opens on the answer's <c>而是</c> or <c>而在于</c>.</summary>
    internal static bool IsAnswer(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimStart();
        return clause.StartsWith("而是", StringComparison.Ordinal) || clause.StartsWith("而在于", StringComparison.Ordinal);
    }
}
