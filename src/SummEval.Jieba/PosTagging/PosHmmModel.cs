using SummEval.Jieba.Dictionary;

namespace SummEval.Jieba.PosTagging;

/// <summary>
/// posseg's joint (BMES position, tag) HMM: start, transition and emission log probabilities and the
/// table of states each character was seen in. States are numbered in Python's tuple order
/// (position letter, then tag, ordinal), so "larger index" breaks ties as Python's <c>max</c> does.
/// </summary>
internal sealed class PosHmmModel
{
    public const double MinFloat = -3.14e100;

    private PosHmmModel(
        List<KeyValuePair<(char Pos, string Tag), double>> start,
        List<KeyValuePair<(char Pos, string Tag), List<KeyValuePair<(char Pos, string Tag), double>>>> trans,
        List<KeyValuePair<(char Pos, string Tag), List<KeyValuePair<string, double>>>> emit,
        List<KeyValuePair<string, (char Pos, string Tag)[]>> charStates)
    {
        var keys = new SortedSet<(char Pos, string Tag)>(Comparer<(char Pos, string Tag)>.Create((a, b) =>
            a.Pos != b.Pos ? a.Pos.CompareTo(b.Pos) : string.CompareOrdinal(a.Tag, b.Tag)));
        foreach (var (k, v) in trans)
        {
            keys.Add(k);
            foreach (var (to, _) in v)
            {
                keys.Add(to);
            }
        }

        foreach (var (k, _) in start)
        {
            keys.Add(k);
        }

        States = [.. keys];
        var index = new Dictionary<(char, string), int>();
        for (var i = 0; i < States.Length; i++)
        {
            index[States[i]] = i;
        }

        var n = States.Length;
        Start = new double[n];
        Array.Fill(Start, MinFloat);
        foreach (var (k, v) in start)
        {
            Start[index[k]] = v;
        }

        Trans = new double[n * n];
        Array.Fill(Trans, double.NegativeInfinity);
        var next = new List<int>[n];
        AllStates = new int[trans.Count];
        var a = 0;
        foreach (var (k, v) in trans)
        {
            var from = index[k];
            AllStates[a++] = from;
            next[from] = [];
            foreach (var (to, p) in v)
            {
                var t = index[to];
                Trans[(from * n) + t] = p;
                next[from].Add(t);
            }
        }

        // Sorted so the JSON and .py layouts (whose trans keys come in different orders) build the same model.
        Array.Sort(AllStates);
        Next = next.Select(l => l?.ToArray() ?? []).ToArray();
        Emit = new Dictionary<int, double>(600_000);
        foreach (var (k, v) in emit)
        {
            var s = index[k];
            foreach (var (ch, p) in v)
            {
                if (ch.Length == 1)
                {
                    Emit[(s << 16) | ch[0]] = p;
                }
            }
        }

        CharStates = [];
        foreach (var (ch, v) in charStates)
        {
            if (ch.Length == 1)
            {
                CharStates[ch[0]] = v.Select(t => index[t]).ToArray();
            }
        }
    }

    public (char Pos, string Tag)[] States { get; }

    public double[] Start { get; }

    /// <summary>Trans[from * n + to]; -infinity where posseg has no transition (its MIN_INF).</summary>
    public double[] Trans { get; }

    public int[][] Next { get; }

    /// <summary>The keys of <c>trans_p</c>: every state (posseg's <c>all_states</c>).</summary>
    public int[] AllStates { get; }

    public Dictionary<char, int[]> CharStates { get; }

    /// <summary>Emission log probabilities keyed by <c>(state &lt;&lt; 16) | char</c>.</summary>
    public Dictionary<int, double> Emit { get; }

    /// <summary>Loads jieba's <c>posseg/*.py</c> tables (<see cref="JiebaDataKind.Jieba"/>) or jieba.NET's <c>pos_*.json</c> and <c>char_state_tab.json</c>.</summary>
    public static PosHmmModel Load(string folder, JiebaDataKind kind) => kind switch
    {
        JiebaDataKind.Jieba => LoadPython(folder),
        JiebaDataKind.JiebaNet => LoadJson(folder),
        _ => throw new NotSupportedException($"{kind} data has no posseg tables."),
    };

    private static PosHmmModel LoadPython(string folder)
    {
        var start = Read(Path.Combine(folder, "prob_start.py")).Select(kv => KeyValuePair.Create(Key(kv.Key), (double)kv.Value)).ToList();
        var trans = Read(Path.Combine(folder, "prob_trans.py")).Select(kv => KeyValuePair.Create(
            Key(kv.Key), ((List<KeyValuePair<object, object>>)kv.Value).Select(p => KeyValuePair.Create(Key(p.Key), (double)p.Value)).ToList())).ToList();
        var emit = Read(Path.Combine(folder, "prob_emit.py")).Select(kv => KeyValuePair.Create(
            Key(kv.Key), ((List<KeyValuePair<object, object>>)kv.Value).Select(p => KeyValuePair.Create((string)p.Key, (double)p.Value)).ToList())).ToList();
        var charStates = Read(Path.Combine(folder, "char_state_tab.py")).Select(kv => KeyValuePair.Create(
            (string)kv.Key, ((object[])kv.Value).Select(Key).ToArray())).ToList();
        return new PosHmmModel(start, trans, emit, charStates);
    }

    private static PosHmmModel LoadJson(string folder)
    {
        var startPath = Path.Combine(folder, "pos_prob_start.json");
        var transPath = Path.Combine(folder, "pos_prob_trans.json");
        var emitPath = Path.Combine(folder, "pos_prob_emit.json");
        var charPath = Path.Combine(folder, "char_state_tab.json");
        var start = JsonTableReader.ReadNumbers(startPath).Select(kv => KeyValuePair.Create(Key(kv.Key, startPath), kv.Value)).ToList();
        var trans = JsonTableReader.ReadNestedNumbers(transPath).Select(kv => KeyValuePair.Create(
            Key(kv.Key, transPath), kv.Value.Select(p => KeyValuePair.Create(Key(p.Key, transPath), p.Value)).ToList())).ToList();
        var emit = JsonTableReader.ReadNestedNumbers(emitPath).Select(kv => KeyValuePair.Create(Key(kv.Key, emitPath), kv.Value)).ToList();
        var charStates = JsonTableReader.ReadStringLists(charPath).Select(kv => KeyValuePair.Create(
            kv.Key, kv.Value.Select(t => Key(t, charPath)).ToArray())).ToList();
        return new PosHmmModel(start, trans, emit, charStates);
    }

    public double EmitP(int state, char c) => Emit.TryGetValue((state << 16) | c, out var p) ? p : MinFloat;

    /// <summary>jieba.NET writes posseg's (position, tag) tuples as "B-nr".</summary>
    private static (char Pos, string Tag) Key(string state, string path) =>
        state.Length >= 3 && state[1] == '-' && state[0] is 'B' or 'E' or 'M' or 'S'
            ? (state[0], state[2..])
            : throw new FormatException($"{path}: '{state}' is not a posseg state like 'B-nr'.");

    private static (char Pos, string Tag) Key(object tuple)
    {
        var t = (object[])tuple;
        return (((string)t[0])[0], (string)t[1]);
    }

    private static List<KeyValuePair<object, object>> Read(string path) =>
        (List<KeyValuePair<object, object>>)PythonLiteralReader.ReadAssignment(File.ReadAllText(path), path);
}
