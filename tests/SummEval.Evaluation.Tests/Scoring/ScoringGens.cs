using CsCheck;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>
/// Generators for scoring property tests (run through <see cref="SummEval.Testing.PropertyCheck"/>, which draws
/// the same inputs on every run).
/// </summary>
internal static class ScoringGens
{
    /// <summary>CJK, repeated characters, ASCII of both cases, digits, punctuation, whitespace, a non-BMP ideograph, an emoji.</summary>
    public const string Alphabet = "的的的模型方法研究基于网络学习数据系统中文本摘要AaBbCcXx0123.,，。%- \t\u3000\u00A0\n\n𠮷😀";

    /// <summary>Texts over <paramref name="alphabet"/> (surrogate pairs kept whole).</summary>
    public static Gen<string> Text(string alphabet, int maxLength)
    {
        var pieces = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        var list = new List<string>();
        while (pieces.MoveNext())
        {
            list.Add((string)pieces.Current);
        }

        var elements = list.ToArray();
        return Gen.Int[0, elements.Length - 1].Select(i => elements[i]).Array[0, maxLength].Select(string.Concat);
    }

    public static Gen<string> Text(int maxLength = 40) => Text(Alphabet, maxLength);
}
