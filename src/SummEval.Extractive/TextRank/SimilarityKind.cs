namespace SummEval.Extractive.TextRank;

/// <summary>How TextRank weighs the edge between two sentences.</summary>
public enum SimilarityKind
{
    /// <summary>Mihalcea &amp; Tarau: |common words| / (log|Si| + log|Sj|).</summary>
    Overlap,

    /// <summary>Okapi BM25 of one sentence as a query against the other (Barrios et al. 2016), k1 = 1.2, b = 0.75.</summary>
    Bm25,
}
