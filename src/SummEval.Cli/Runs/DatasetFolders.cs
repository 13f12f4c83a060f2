namespace SummEval.Cli.Runs;

/// <summary>Sub-folder names for a run over several datasets: <c>csl:test</c> becomes <c>csl-test</c>, <c>a/papers.jsonl</c> becomes <c>papers</c>.</summary>
internal static class DatasetFolders
{
    public static IReadOnlyList<string> For(IReadOnlyList<string> datasets)
    {
        var names = datasets.Select(Name).ToList();
        // Two files with the same name in different folders keep apart by their position in the list.
        return names.Select((n, i) => names.Count(m => string.Equals(m, n, StringComparison.OrdinalIgnoreCase)) > 1 ? $"{n}-{i + 1}" : n).ToList();
    }

    private static string Name(string dataset)
    {
        var name = File.Exists(dataset) ? Path.GetFileNameWithoutExtension(dataset) : dataset;
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray();
        var folder = new string(chars).Trim('.', '-');
        return folder.Length == 0 ? "dataset" : folder;
    }
}
