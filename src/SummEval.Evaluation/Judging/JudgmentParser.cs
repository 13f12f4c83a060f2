using System.Text.Json;

namespace SummEval.Judging;

/// <summary>
/// Reads a judge's answer: the first JSON object in it (code fences and text around it are tolerated) must hold
/// integer <c>faithfulness</c> and <c>informativeness</c> from 1 to 5 and a string <c>reason</c>. Pure.
/// </summary>
public static class JudgmentParser
{
    /// <summary>The scores and the reason (line breaks folded to spaces), or null with <paramref name="error"/> saying what is wrong.</summary>
    public static (int Faithfulness, int Informativeness, string Reason)? Parse(string answer, out string? error)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var start = answer.IndexOf('{', StringComparison.Ordinal);
        var end = answer.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            error = "the answer holds no JSON object";
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(answer.AsMemory(start, end - start + 1));
            var root = json.RootElement;
            if (!Score(root, "faithfulness", out var faithfulness, out error) || !Score(root, "informativeness", out var informativeness, out error))
            {
                return null;
            }

            if (!root.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String)
            {
                error = "\"reason\" is missing or not a string";
                return null;
            }

            error = null;
            return (faithfulness, informativeness, string.Join(' ', reason.GetString()!.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        catch (JsonException e)
        {
            error = $"the answer's JSON does not parse: {e.Message}";
            return null;
        }
    }

    private static bool Score(JsonElement root, string name, out int value, out string? error)
    {
        value = 0;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var element))
        {
            error = $"\"{name}\" is missing";
            return false;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out value) || value is < 1 or > 5)
        {
            error = $"\"{name}\" must be an integer from 1 to 5, not {element.GetRawText()}";
            return false;
        }

        error = null;
        return true;
    }
}
