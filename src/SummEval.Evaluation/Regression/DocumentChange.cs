namespace SummEval.Regression;

/// <summary>One document of one summarizer in both runs.</summary>
/// <param name="Before">The baseline's result.</param>
/// <param name="After">The current result.</param>
public sealed record DocumentChange(DocumentRecord Before, DocumentRecord After)
{
    /// <summary>Current minus baseline ROUGE-L F1 of this document.</summary>
    public double RougeLDelta => After.RougeL - Before.RougeL;
}
