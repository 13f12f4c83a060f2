using System.Globalization;
using System.Runtime.CompilerServices;
using SummEval.Jieba.Dictionary;

namespace SummEval.Jieba.Segmentation;

/// <summary>
/// finalseg's BMES hidden Markov model for unknown words: start, transition and emission log
/// probabilities. States are indexed B=0, E=1, M=2, S=3 (alphabetical), so "larger index" is "larger
/// letter", which is how Python's <c>max</c> over <c>(prob, state)</c> tuples breaks ties.
/// </summary>
internal sealed class HmmModel
{
    /// <summary>jieba's <c>MIN_FLOAT</c>, the log probability of anything the tables lack.</summary>
    public const double MinFloat = -3.14e100;

    public const int B = 0;
    public const int E = 1;
    public const int M = 2;
    public const int S = 3;

    private HmmModel(double[] start, double[,] trans, double[][] emit)
    {
        Start = start;
        Trans = trans;
        Emit = emit;
    }

    public double[] Start { get; }

    /// <summary>Trans[from, to].</summary>
    public double[,] Trans { get; }

    /// <summary>Emit[state][char], <see cref="MinFloat"/> where the table has no entry.</summary>
    public double[][] Emit { get; }

    public static int StateIndex(char state) => state switch
    {
        'B' => B,
        'E' => E,
        'M' => M,
        'S' => S,
        _ => throw new FormatException($"unknown HMM state '{state}'"),
    };

    /// <summary>Loads jieba's <c>finalseg/prob_start.py</c>, <c>prob_trans.py</c>, <c>prob_emit.py</c>.</summary>
    public static HmmModel LoadJieba(string finalsegFolder)
    {
        var start = ReadDict(Path.Combine(finalsegFolder, "prob_start.py")).Select(kv => new KeyValuePair<string, double>((string)kv.Key, (double)kv.Value));
        var trans = ReadDict(Path.Combine(finalsegFolder, "prob_trans.py")).Select(kv => new KeyValuePair<string, IEnumerable<KeyValuePair<string, double>>>(
            (string)kv.Key, ((List<KeyValuePair<object, object>>)kv.Value).Select(p => new KeyValuePair<string, double>((string)p.Key, (double)p.Value))));
        var emit = ReadDict(Path.Combine(finalsegFolder, "prob_emit.py")).Select(kv => new KeyValuePair<string, IEnumerable<KeyValuePair<string, double>>>(
            (string)kv.Key, ((List<KeyValuePair<object, object>>)kv.Value).Select(p => new KeyValuePair<string, double>((string)p.Key, (double)p.Value))));
        return FromTables(start, trans, emit);
    }

    /// <summary>
    /// jieba 0.42.1's <c>finalseg/prob_start.py</c>. jieba.NET hardcodes these instead of shipping the file,
    /// so they are embedded here for its JSON layout; a test checks them against Python jieba's file.
    /// </summary>
    internal static IReadOnlyList<KeyValuePair<string, double>> FinalSegStart { get; } =
    [
        new("B", -0.26268660809250016),
        new("E", -3.14e+100),
        new("M", -3.14e+100),
        new("S", -1.4652633398537678),
    ];

    /// <summary>Loads jieba.NET's <c>prob_trans.json</c> and <c>prob_emit.json</c> (jieba's tables as JSON).</summary>
    public static HmmModel LoadJiebaNet(string folder)
    {
        var trans = JsonTableReader.ReadNestedNumbers(Path.Combine(folder, "prob_trans.json"))
            .Select(kv => new KeyValuePair<string, IEnumerable<KeyValuePair<string, double>>>(kv.Key, kv.Value));
        var emit = JsonTableReader.ReadNestedNumbers(Path.Combine(folder, "prob_emit.json"))
            .Select(kv => new KeyValuePair<string, IEnumerable<KeyValuePair<string, double>>>(kv.Key, kv.Value));
        return FromTables(FinalSegStart, trans, emit);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static HmmModel FromTables(
        IEnumerable<KeyValuePair<string, double>> startTable,
        IEnumerable<KeyValuePair<string, IEnumerable<KeyValuePair<string, double>>>> transTable,
        IEnumerable<KeyValuePair<string, IEnumerable<KeyValuePair<string, double>>>> emitTable)
    {
        var start = NewFilled(4);
        var trans = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                trans[i, j] = MinFloat;
            }
        }

        var emit = new double[4][];
        for (var s = 0; s < 4; s++)
        {
            emit[s] = NewFilled(char.MaxValue + 1);
        }

        foreach (var (key, value) in startTable)
        {
            start[StateIndex(key)] = value;
        }

        foreach (var (key, row) in transTable)
        {
            foreach (var (to, p) in row)
            {
                trans[StateIndex(key), StateIndex(to)] = p;
            }
        }

        foreach (var (key, row) in emitTable)
        {
            var target = emit[StateIndex(key)];
            foreach (var (ch, p) in row)
            {
                // Characters outside the BMP never reach the HMM (they are not in re_han), as in the .py path.
                if (ch.Length == 1)
                {
                    target[ch[0]] = p;
                }
            }
        }

        return new HmmModel(start, trans, emit);
    }

    private static int StateIndex(string state) =>
        state.Length == 1 ? StateIndex(state[0]) : throw new FormatException($"unknown HMM state '{state}'");

    /// <summary>
    /// Loads cppjieba's <c>hmm_model.utf8</c> (nodejieba's fallback): non-comment lines are the start
    /// vector, four transition rows and four emission rows (<c>char:prob,...</c>), states in B, E, M, S order.
    /// </summary>
    public static HmmModel LoadCppJieba(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        if (lines.Length < 9)
        {
            throw new FormatException($"{path}: expected 9 data lines (start, 4 transition rows, 4 emission rows), found {lines.Length}.");
        }

        var start = ParseRow(lines[0], path);
        var trans = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            var row = ParseRow(lines[1 + i], path);
            for (var j = 0; j < 4; j++)
            {
                trans[i, j] = row[j];
            }
        }

        var emit = new double[4][];
        for (var s = 0; s < 4; s++)
        {
            emit[s] = NewFilled(char.MaxValue + 1);
            foreach (var item in lines[5 + s].Split(','))
            {
                var colon = item.LastIndexOf(':');
                if (colon == 1)
                {
                    emit[s][item[0]] = double.Parse(item.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
                }
            }
        }

        return new HmmModel(start, trans, emit);
    }

    private static double[] ParseRow(string line, string path)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
        {
            throw new FormatException($"{path}: expected 4 numbers in '{line}'.");
        }

        return parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
    }

    private static List<KeyValuePair<object, object>> ReadDict(string path) =>
        (List<KeyValuePair<object, object>>)PythonLiteralReader.ReadAssignment(File.ReadAllText(path), path);

    private static double[] NewFilled(int length)
    {
        var a = new double[length];
        Array.Fill(a, MinFloat);
        return a;
    }
}
