using System.Security.Cryptography;
using System.Text;
using SummEval.Documents;

namespace SummEval.Runs;

/// <summary>
/// A content checksum of a dataset, so a store is never resumed or merged with results for other documents even
/// when the file name is the same.
/// </summary>
public static class DatasetFingerprint
{
    /// <summary>Lower-case hex SHA-256 over each document's id, source and references, in order, with separators.</summary>
    public static string Compute(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in documents)
        {
            Append(hash, document.Id, '\u001f');
            Append(hash, document.Source, '\u001f');
            foreach (var reference in document.References)
            {
                Append(hash, reference, '\u001e');
            }

            Append(hash, string.Empty, '\u001d');
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text, char separator)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData(Encoding.UTF8.GetBytes([separator]));
    }
}
