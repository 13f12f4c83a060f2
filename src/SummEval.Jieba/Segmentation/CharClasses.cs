namespace SummEval.Jieba.Segmentation;

/// <summary>
/// The character classes behind jieba 0.42.1's regular expressions, as predicates: <c>re_han_default</c>,
/// <c>re_skip_default</c>, <c>re_eng</c> and finalseg's <c>re_han</c>. Python's <c>\s</c> is not .NET's
/// <see cref="char.IsWhiteSpace(char)"/> (it also holds U+001C..U+001F), so it is spelled out.
/// </summary>
internal static class CharClasses
{
    /// <summary>finalseg's <c>[\u4E00-\u9FD5]</c>.</summary>
    public static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FD5';

    /// <summary><c>re_eng</c>: <c>[a-zA-Z0-9]</c>.</summary>
    public static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary><c>re_han_default</c>: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>.</summary>
    public static bool IsHanDefault(char c) =>
        IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    /// <summary>Python 3's <c>\s</c> for str patterns (Py_UNICODE_ISSPACE).</summary>
    public static bool IsPythonSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };
}
