namespace SummEval.Extractive.Normalization;

/// <summary>
/// OpenCC's character table from Traditional to Simplified Chinese (<c>ts-characters.txt</c>, embedded): each
/// traditional character's default simplified form, for the BMP characters whose forms differ.
/// </summary>
internal static class TraditionalCharacters
{
    private const string ResourceName = "SummEval.Extractive.Normalization.ts-characters.txt";

    // One slot per UTF-16 code unit: lookups on every character of every document stay a single array read.
    private static readonly Lazy<char[]> LazyTable = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself when it has none.</summary>
    public static char Simplify(char c) => LazyTable.Value[c];

    private static char[] Load()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        using var stream = typeof(TraditionalCharacters).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from {typeof(TraditionalCharacters).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Length != 3 || line[1] != '\t' || char.IsSurrogate(line[0]) || char.IsSurrogate(line[2]))
            {
                throw new InvalidDataException($"{ResourceName}, line {number}: expected 'traditional<TAB>simplified' (one BMP character each), got '{line}'.");
            }

            table[line[0]] = line[2];
        }

        return table;
    }
}
