using System.Text.RegularExpressions;

namespace SummEval.Extractive.Normalization;

/// <summary>
/// A forum thread's floor headers, as a copied thread sets each on a line of its own over its post: the floor and who
/// posted it (<c>1楼 楼主</c>, <c>2楼 电脑小白 2026-12-01 10:23</c>). They say where a post stands and whose it is, not what it
/// says. (A floor and a name with a colon, <c>1楼 张三：求推荐…</c>, opens the post's own line and is left out there.)
/// </summary>
internal static partial class ForumFloors
{
    /// <summary>Whether <paramref name="text"/> may hold a floor header (one vectorised search for its 楼).</summary>
    internal static bool MayHave(string text) => text.Contains('楼', StringComparison.Ordinal);

    /// <summary>
    /// The header lines of <paramref name="text"/> (<paramref name="lines"/>, its <see cref="TextLines.Of"/>): lines of a
    /// floor and a name, when two or more of them each stand over a line of post. One alone (<c>3楼 会议室</c> over a notice) is text.
    /// </summary>
    internal static List<(int Start, int End)> LeftOut(string text, List<(int Start, int End)> lines) => TextLines.HeadersOver(text, lines, Header(), MaxLength);

    // The most characters a floor's line has.
    private const int MaxLength = 48;

    // The floor, then one to three words set apart by spaces: the poster's name, a role (楼主), a date or a time.
    [GeneratedRegex(@"^[0-9]{1,4}楼(?:[\ \t]+[^\s@:：，,。！？]{1,20}){1,3}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Header();
}
