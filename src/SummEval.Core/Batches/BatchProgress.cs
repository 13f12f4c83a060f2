namespace SummEval.Batches;

/// <summary>A remote batch's state at one poll.</summary>
/// <param name="BatchId">The provider's batch id.</param>
/// <param name="Status">The provider's status (e.g. <c>validating</c>, <c>in_progress</c>, <c>finalizing</c>, <c>completed</c>).</param>
/// <param name="Completed">Requests answered so far.</param>
/// <param name="Failed">Requests failed so far.</param>
/// <param name="Total">Requests in the batch.</param>
public readonly record struct BatchProgress(string BatchId, string Status, int Completed, int Failed, int Total);
