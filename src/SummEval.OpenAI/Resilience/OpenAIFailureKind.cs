namespace SummEval.OpenAI.Resilience;

/// <summary>Why a request to the model failed, as recorded per document.</summary>
public enum OpenAIFailureKind
{
    /// <summary>401/403: the key is missing, wrong or lacks access.</summary>
    Unauthorized,

    /// <summary>404: unknown model (or endpoint).</summary>
    UnknownModel,

    /// <summary>The provider's content filter refused the request or the answer.</summary>
    ContentFilter,

    /// <summary>429 still returned after all retries.</summary>
    RateLimited,

    /// <summary>5xx still returned after all retries.</summary>
    ServerError,

    /// <summary>Timed out or the connection dropped on every try.</summary>
    Network,

    /// <summary>The response could not be understood.</summary>
    MalformedResponse,

    /// <summary>Any other rejection (e.g. 400 bad request).</summary>
    BadRequest,

    /// <summary>Batch mode: every batch the request was sent in ended (expired, cancelled, failed) without answering it.</summary>
    BatchUnanswered,
}
