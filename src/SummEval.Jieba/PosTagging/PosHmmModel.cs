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

    private PosHmmModel(string folder)
    {
        var start = Read(Path.Combine(folder, "prob_start.py"));
        var trans = Read(Path.Combine(folder, "prob_trans.py"));
        var emit = Read(Path.Combine(folder, "prob_emit.py"));
        var charStates = Read(Path.Combine(folder, "char_state_tab.py"));

        var keys = new SortedSet<(char Pos, string Tag)>(Comparer<(char Pos, string Tag)>.Create((a, b) =>
            a.Pos != b.Pos ? a.Pos.CompareTo(b.Pos) : string.CompareOrdinal(a.Tag, b.Tag)));
        foreach (var (k, v) in trans)
        {
            keys.Add(Key(k));
            foreach (var (to, _) in (List<KeyValuePair<object, object>>)v)
            {
                keys.Add(Key(to));
            }
        }

        foreach (var (k, _) in start)
        {
            keys.Add(Key(k));
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
            Start[index[Key(k)]] = (double)v;
        }

        Trans = new double[n * n];
        Array.Fill(Trans, double.NegativeInfinity);
        var next = new List<int>[n];
        AllStates = new int[trans.Count];
        var a = 0;
        foreach (var (k, v) in trans)
        {
            var from = index[Key(k)];
            AllStates[a++] = from;
            next[from] = [];
            foreach (var (to, p) in (List<KeyValuePair<object, object>>)v)
            {
                var t = index[Key(to)];
                Trans[(from * n) + t] = (double)p;
                next[from].Add(t);
            }
        }

        Next = next.Select(l => l?.ToArray() ?? []).ToArray();
        Emit = new Dictionary<int, double>(600_000);
        foreach (var (k, v) in emit)
        {
            var s = index[Key(k)];
            foreach (var (ch, p) in (List<KeyValuePair<object, object>>)v)
            {
                var str = (string)ch;
                if (str.Length == 1)
                {
                    Emit[(s << 16) | str[0]] = (double)p;
                }
            }
        }

        CharStates = [];
        foreach (var (ch, v) in charStates)
        {
            var str = (string)ch;
            if (str.Length == 1)
            {
                CharStates[str[0]] = ((object[])v).Select(t => index[Key(t)]).ToArray();
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

    private Dictionary<int, double> Emit { get; }

    public static PosHmmModel Load(string folder) => new(folder);

    public double EmitP(int state, char c) => Emit.TryGetValue((state << 16) | c, out var p) ? p : MinFloat;

    private static (char Pos, string Tag) Key(object tuple)
    {
        var t = (object[])tuple;
        return (((string)t[0])[0], (string)t[1]);
    }

    private static List<KeyValuePair<object, object>> Read(string path) =>
        (List<KeyValuePair<object, object>>)PythonLiteralReader.ReadAssignment(File.ReadAllText(path), path);
}
