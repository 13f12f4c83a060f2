namespace SummEval.Cli.Commands;

/// <summary>
/// Refuses an output path that names one of the command's input files: writing it would destroy the data it is read
/// from (a <c>train --out</c> that replaced the training JSONL with a zip, a <c>finetune prepare --out</c> that replaced
/// its dataset).
/// </summary>
internal static class OutputGuard
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Throws a <see cref="UsageException"/> when <paramref name="output"/> is one of <paramref name="inputs"/> (files only; dataset names are skipped).</summary>
    public static void EnsureNotAnInput(string? output, string option, IEnumerable<string> inputs)
    {
        if (output is null)
        {
            return;
        }

        var target = Path.GetFullPath(output);
        foreach (var input in inputs)
        {
            if (File.Exists(input) && string.Equals(Path.GetFullPath(input), target, PathComparison))
            {
                throw new UsageException($"{option} {output} is an input of this command: writing it would overwrite the data it reads. Choose another file.");
            }
        }
    }
}
