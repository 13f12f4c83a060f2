namespace SummEval.Extractive.TextRank;

/// <summary>How sentence centrality is computed from the similarity graph.</summary>
public enum CentralityKind
{
    /// <summary>Weighted PageRank over the undirected graph (Mihalcea &amp; Tarau's TextRank).</summary>
    PageRank,

    /// <summary>
    /// PacSum (Zheng &amp; Lapata 2019): degree centrality over a directed graph, edges to later sentences weighted
    /// by the forward weight and edges to earlier ones by the backward weight, after dropping weak edges.
    /// </summary>
    Directed,
}
