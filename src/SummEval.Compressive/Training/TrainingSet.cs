using System.Security.Cryptography;
using System.Text;

namespace SummEval.Compressive.Training;

/// <summary>One named dataset of training pairs.</summary>
/// <param name="Name">How reports name it (e.g. <c>csl:train</c>).</param>
/// <param name="Pairs">Its (source, reference) pairs.</param>
public sealed record TrainingSet(string Name, IReadOnlyList<TrainingPair> Pairs)
{
    /// <summary>
    /// SHA-256 (lower-case hex) of the pairs as training sees them (UTF-8 source, U+001F, reference, U+001E, in order):
    /// the same data gives the same hash whatever its file format or path.
    /// </summary>
    public string Sha256()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var pair in Pairs)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(pair.Source + '\u001f' + pair.Reference + '\u001e'));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>What a model's metadata records of the sets it was trained on: pair counts and hash prefixes, not paths.</summary>
    public static string Describe(IEnumerable<TrainingSet> sets) =>
        string.Join(" + ", sets.Select(s => $"{s.Pairs.Count} pairs sha256:{s.Sha256()[..16]}"));
}
