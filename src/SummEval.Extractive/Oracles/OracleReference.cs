using SummEval.Documents;

namespace SummEval.Extractive.Oracles;

/// <summary>The reference an oracle reads: the document's first reference (an oracle without one cannot work).</summary>
internal static class OracleReference
{
    public static string Of(Document document) =>
        document.References.Count > 0
            ? document.References[0]
            : throw new InvalidOperationException($"Document '{document.Id}' has no reference; oracles need one.");
}
