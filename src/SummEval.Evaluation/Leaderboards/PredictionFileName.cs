using System.Security.Cryptography;
using System.Text;

namespace SummEval.Leaderboards;

/// <summary>
/// The file name of a summarizer's predictions: its spec with anything but letters, digits, '.', '-' and '_' turned
/// into '_' (<c>textrank:similarity=bm25</c> becomes <c>textrank_similarity_bm25.jsonl</c>). A name that had to be
/// shortened, or that two specs would share, gets 8 hex digits of the spec's SHA-256 so files never collide.
/// </summary>
public static class PredictionFileName
{
    private const int MaxStem = 80;

    /// <summary>File names for <paramref name="specs"/>, in the same order, all distinct (case-insensitively).</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<string> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var stems = specs.Select(Sanitize).ToList();
        var names = new List<string>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var stem = stems[i];
            var shared = stems.Count(s => string.Equals(s, stem, StringComparison.OrdinalIgnoreCase)) > 1;
            var changed = stem.Length > MaxStem;
            if (shared || changed)
            {
                stem = $"{stem[..Math.Min(stem.Length, MaxStem)]}-{Hash(specs[i])}";
            }

            names.Add(stem + ".jsonl");
        }

        return names;
    }

    private static string Sanitize(string spec)
    {
        var sb = new StringBuilder(spec.Length);
        foreach (var c in spec)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var stem = sb.ToString().Trim('.');
        return stem.Length == 0 ? "summarizer" : stem;
    }

    private static string Hash(string spec) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(spec)))[..8];
}
