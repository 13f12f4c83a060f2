namespace SummEval.Regression;

/// <summary>
/// Input the regression check cannot compare: an unreadable baseline, runs of different datasets, budgets, tokenization
/// or reference modes, no shared documents. The message names the file or the mismatch (the CLI exits 2).
/// </summary>
public sealed class RegressionInputException(string message) : Exception(message);
