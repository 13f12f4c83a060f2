namespace SummEval.OpenAI.FineTuning;

/// <summary>The two fine-tuning file formats: legacy prompt/completion (babbage-002, davinci-002) or chat messages.</summary>
public enum TrainingFormat
{
    /// <summary><c>{"prompt": "text -&gt;", "completion": " summary\n"}</c>, the tutorial's format.</summary>
    Completion,

    /// <summary><c>{"messages": [system, user, assistant]}</c> for chat models such as gpt-4o-mini.</summary>
    Chat,
}
